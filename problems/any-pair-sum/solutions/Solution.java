// Any Pair Sum -- reference solution: sort (value, position) keys once, then
// for each j look up the first position of T - a_j by binary search.
// Prints the pair with the smallest j (and, for that j, the smallest i) --
// the same pair as the hash-map solution.
import java.io.DataInputStream;
import java.io.IOException;
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

    static final long OFF = 1_000_000_000L;  // shifts values to [0, 2*10^9]
    static final int BITS = 18;             // positions < 2^18 = 262144

    public static void main(String[] args) throws IOException {
        int n = (int) nextLong();
        long target = nextLong();
        long[] a = new long[n];
        long[] key = new long[n];  // (value + OFF) << 18 | position
        for (int i = 0; i < n; i++) {
            a[i] = nextLong();
            key[i] = ((a[i] + OFF) << BITS) | (i + 1);
        }
        Arrays.sort(key);  // equal values: smallest position first
        for (int j = 1; j <= n; j++) {
            long need = target - a[j - 1];
            if (need < -OFF || need > OFF) continue;
            long lo = (need + OFF) << BITS;
            int p = Arrays.binarySearch(key, lo);  // lo itself is never a key (position 0)
            int idx = p >= 0 ? p : -p - 1;
            if (idx < n && (key[idx] >> BITS) == need + OFF) {
                int i = (int) (key[idx] & ((1 << BITS) - 1));
                if (i < j) {
                    System.out.println(i + " " + j);
                    return;
                }
            }
        }
        System.out.println(-1);
    }
}
