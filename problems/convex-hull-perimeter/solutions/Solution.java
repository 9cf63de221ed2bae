// Convex Hull Perimeter -- reference solution: Andrew's monotone chain,
// O(n log n). Cross products fit in 64 bits: |2*10^9 * 2*10^9| * 2 < 9.2*10^18.
import java.io.DataInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
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

    static long[] xs, ys;

    static long cross(int o, int a, int b) {
        return (xs[a] - xs[o]) * (ys[b] - ys[o]) - (ys[a] - ys[o]) * (xs[b] - xs[o]);
    }

    public static void main(String[] args) throws IOException {
        int n = (int) nextLong();
        // Sort points by (x, y): pack each as x * 2^32 + (y + 2^31) after shifting
        // x and y to non-negative 31-bit values (|x|, |y| <= 10^9 < 2^30).
        long off = 1L << 30;
        long[] key = new long[n];
        for (int i = 0; i < n; i++) {
            long x = nextLong() + off, y = nextLong() + off;
            key[i] = (x << 32) | y;
        }
        Arrays.sort(key);
        int m = 0;
        for (int i = 0; i < n; i++)
            if (i == 0 || key[i] != key[i - 1]) key[m++] = key[i];
        if (m == 1) {
            System.out.println("0.000000");
            return;
        }
        long[] px = new long[m], py = new long[m];
        for (int i = 0; i < m; i++) {
            px[i] = (key[i] >>> 32) - off;
            py[i] = (key[i] & 0xFFFFFFFFL) - off;
        }
        // hull holds indices into px/py; xs/ys alias px/py for cross().
        xs = px;
        ys = py;
        int[] hull = new int[2 * m];
        int k = 0;
        for (int i = 0; i < m; i++) {  // lower chain
            while (k >= 2 && cross(hull[k - 2], hull[k - 1], i) <= 0) k--;
            hull[k++] = i;
        }
        for (int i = m - 2, lo = k + 1; i >= 0; i--) {  // upper chain
            while (k >= lo && cross(hull[k - 2], hull[k - 1], i) <= 0) k--;
            hull[k++] = i;
        }
        k--;  // the last point repeats the first
        double perimeter = 0.0;
        for (int i = 0; i < k; i++) {
            int a = hull[i], b = hull[i + 1 < k ? i + 1 : 0];
            long dx = px[b] - px[a], dy = py[b] - py[a];
            perimeter += Math.sqrt((double) (dx * dx + dy * dy));
        }
        // exact decimal expansion of the double, rounded like C's printf("%.6f")
        System.out.println(new BigDecimal(perimeter).setScale(6, RoundingMode.HALF_EVEN).toPlainString());
    }
}
