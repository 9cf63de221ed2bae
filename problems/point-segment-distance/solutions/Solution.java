// Point to Segment Distance -- reference solution: project the point onto the
// segment's line with a dot product; clamp to the nearer endpoint when the
// projection falls outside. All products are exact 64-bit integers.
import java.io.DataInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;

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
        int q = (int) nextLong();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < q; i++) {
            long x1 = nextLong(), y1 = nextLong(), x2 = nextLong(), y2 = nextLong();
            long px = nextLong(), py = nextLong();
            long dx = x2 - x1, dy = y2 - y1, ex = px - x1, ey = py - y1;
            long len2 = dx * dx + dy * dy, dot = ex * dx + ey * dy;
            double d;
            if (len2 == 0 || dot <= 0) {  // nearest point: A (also when A == B)
                d = Math.sqrt((double) (ex * ex + ey * ey));
            } else if (dot >= len2) {  // nearest point: B
                long fx = px - x2, fy = py - y2;
                d = Math.sqrt((double) (fx * fx + fy * fy));
            } else {  // the foot of the perpendicular lies on the segment
                d = (double) Math.abs(ex * dy - ey * dx) / Math.sqrt((double) len2);
            }
            // exact decimal expansion of the double, rounded like C's printf("%.9f")
            sb.append(new BigDecimal(d).setScale(9, RoundingMode.HALF_EVEN).toPlainString()).append('\n');
        }
        PrintWriter out = new PrintWriter(System.out);
        out.print(sb);
        out.flush();
    }
}
