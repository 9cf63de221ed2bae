import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

public class Solution {
    public static void main(String[] args) throws IOException {
        FastReader in = new FastReader(System.in);
        int n = in.nextInt();
        // Pack (r, l) into one long so a primitive sort orders by r:
        // 0 <= l, r <= 10^9 < 2^30.
        long[] key = new long[n];
        for (int i = 0; i < n; i++) {
            long l = in.nextLong();
            long r = in.nextLong();
            key[i] = (r << 31) | l;
        }
        Arrays.sort(key);
        // Greedy: always take the interval that ends first among those that do
        // not touch the last one taken (closed intervals: need l > lastEnd).
        int count = 0;
        long lastEnd = -1;
        long mask = (1L << 31) - 1;
        for (int i = 0; i < n; i++) {
            long r = key[i] >>> 31;
            long l = key[i] & mask;
            if (l > lastEnd) {
                count++;
                lastEnd = r;
            }
        }
        System.out.println(count);
    }

    static final class FastReader {
        private final DataInputStream in;
        private final byte[] buf = new byte[1 << 16];
        private int len = 0, ptr = 0;

        FastReader(InputStream is) {
            in = new DataInputStream(is);
        }

        private int read() throws IOException {
            if (ptr == len) {
                len = in.read(buf, 0, buf.length);
                ptr = 0;
                if (len <= 0) return -1;
            }
            return buf[ptr++];
        }

        long nextLong() throws IOException {
            int c = read();
            while (c != '-' && (c < '0' || c > '9')) c = read();
            boolean neg = false;
            if (c == '-') {
                neg = true;
                c = read();
            }
            long r = 0;
            while (c >= '0' && c <= '9') {
                r = r * 10 + (c - '0');
                c = read();
            }
            return neg ? -r : r;
        }

        int nextInt() throws IOException {
            return (int) nextLong();
        }
    }
}
