// Count Primes -- reference solution: Sieve of Eratosthenes up to max(n)
// and a prefix-count table, O(N log log N + q).
import java.io.DataInputStream;
import java.io.IOException;
import java.io.PrintWriter;

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

    private static int nextInt() throws IOException {
        int c = readByte();
        while (c != '-' && (c < '0' || c > '9')) c = readByte();
        boolean neg = c == '-';
        if (neg) c = readByte();
        int x = 0;
        while (c >= '0' && c <= '9') {
            x = x * 10 + (c - '0');
            c = readByte();
        }
        return neg ? -x : x;
    }

    public static void main(String[] args) throws IOException {
        int q = nextInt();
        int[] queries = new int[q];
        int limit = 1;
        for (int i = 0; i < q; i++) {
            queries[i] = nextInt();
            limit = Math.max(limit, queries[i]);
        }
        boolean[] composite = new boolean[limit + 1];
        int[] pi = new int[limit + 1];  // pi[v] = number of primes <= v
        for (long i = 2; i * i <= limit; i++)
            if (!composite[(int) i])
                for (long j = i * i; j <= limit; j += i) composite[(int) j] = true;
        for (int v = 2; v <= limit; v++) pi[v] = pi[v - 1] + (composite[v] ? 0 : 1);
        StringBuilder sb = new StringBuilder(q * 8);
        for (int v : queries) sb.append(pi[v]).append('\n');
        PrintWriter out = new PrintWriter(System.out);
        out.print(sb);
        out.flush();
    }
}
