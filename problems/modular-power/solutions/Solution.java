// Modular Power -- reference solution: binary exponentiation, O(log b) per question.
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

    static long powerMod(long a, long b, long m) {
        long result = 1 % m;  // m == 1 -> 0
        long x = a % m;       // x < 10^9, so x * x < 10^18 fits in a long
        while (b > 0) {
            if ((b & 1) == 1) result = result * x % m;
            x = x * x % m;
            b >>= 1;
        }
        return result;
    }

    public static void main(String[] args) throws IOException {
        int q = (int) nextLong();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < q; i++) {
            long a = nextLong(), b = nextLong(), m = nextLong();
            sb.append(powerMod(a, b, m)).append('\n');
        }
        PrintWriter out = new PrintWriter(System.out);
        out.print(sb);
        out.flush();
    }
}
