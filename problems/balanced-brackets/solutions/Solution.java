import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;

public class Solution {
    public static void main(String[] args) throws IOException {
        ByteReader in = new ByteReader(System.in);
        int t = in.nextInt();
        byte[] stack = new byte[1_000_001];
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < t; i++) {
            int c = in.skipSpaces();
            int top = 0;
            boolean ok = true;
            // Read the whole token, even after a mismatch, to stay in sync.
            while (c > ' ') {
                if (ok) {
                    if (c == '(' || c == '[' || c == '{') {
                        stack[top++] = (byte) c;
                    } else {
                        int want = c == ')' ? '(' : c == ']' ? '[' : '{';
                        if (top == 0 || stack[top - 1] != want) ok = false;
                        else top--;
                    }
                }
                c = in.read();
            }
            sb.append(ok && top == 0 ? "YES\n" : "NO\n");
        }
        PrintWriter out = new PrintWriter(System.out);
        out.print(sb);
        out.flush();
    }

    static final class ByteReader {
        private final DataInputStream in;
        private final byte[] buf = new byte[1 << 16];
        private int len = 0, ptr = 0;

        ByteReader(InputStream is) {
            in = new DataInputStream(is);
        }

        int read() throws IOException {
            if (ptr == len) {
                len = in.read(buf, 0, buf.length);
                ptr = 0;
                if (len <= 0) return -1;
            }
            return buf[ptr++];
        }

        /** Skips white space and returns the first other byte (or -1). */
        int skipSpaces() throws IOException {
            int c = read();
            while (c != -1 && c <= ' ') c = read();
            return c;
        }

        int nextInt() throws IOException {
            int c = skipSpaces();
            int r = 0;
            while (c >= '0' && c <= '9') {
                r = r * 10 + (c - '0');
                c = read();
            }
            return r;
        }
    }
}
