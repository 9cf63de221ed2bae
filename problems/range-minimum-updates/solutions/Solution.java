// Range Minimum with Updates -- reference solution: iterative (bottom-up)
// segment tree, O(log n) per operation.
import java.io.DataInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Arrays;

public class Solution {
    private static final DataInputStream in = new DataInputStream(System.in);
    private static final byte[] buf = new byte[1 << 16];
    private static int bufLen = 0, bufPtr = 0;

    private static int readByte() throws IOException {
        if (bufPtr == bufLen) {
            bufLen = in.read(buf, 0, buf.length);
            bufPtr = 0;
            if (bufLen <= 0) return -1;
        }
        return buf[bufPtr++];
    }

    private static long nextLong() throws IOException {
        int c = readByte();
        while (c != '-' && (c < '0' || c > '9')) c = readByte();
        boolean neg = c == '-';
        if (neg) c = readByte();
        long x = 0;
        while (c >= '0' && c <= '9') {
            x = x * 10 + (c - '0');
            c = readByte();
        }
        return neg ? -x : x;
    }

    public static void main(String[] args) throws IOException {
        int n = (int) nextLong(), q = (int) nextLong();
        int size = 1;
        while (size < n) size *= 2;
        long[] tree = new long[2 * size];
        Arrays.fill(tree, Long.MAX_VALUE);
        for (int i = 0; i < n; i++) tree[size + i] = nextLong();
        for (int i = size - 1; i >= 1; i--) tree[i] = Math.min(tree[2 * i], tree[2 * i + 1]);
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < q; k++) {
            int kind = (int) nextLong();
            long a = nextLong(), b = nextLong();
            if (kind == 1) {  // a[a] = b
                int i = (int) a - 1 + size;
                tree[i] = b;
                for (i >>= 1; i >= 1; i >>= 1) tree[i] = Math.min(tree[2 * i], tree[2 * i + 1]);
            } else {  // min of a[a..b]
                long res = Long.MAX_VALUE;
                for (int lo = (int) a - 1 + size, hi = (int) b + size; lo < hi; lo >>= 1, hi >>= 1) {
                    if ((lo & 1) == 1) res = Math.min(res, tree[lo++]);
                    if ((hi & 1) == 1) res = Math.min(res, tree[--hi]);
                }
                sb.append(res).append('\n');
            }
        }
        PrintWriter out = new PrintWriter(System.out);
        out.print(sb);
        out.flush();
    }
}
