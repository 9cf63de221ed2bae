import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class Solution {
    public static void main(String[] args) throws IOException {
        ByteReader in = new ByteReader(System.in);
        int n = Integer.parseInt(in.next());
        int k = Integer.parseInt(in.next());
        HashMap<String, int[]> counts = new HashMap<>(2 * n);
        for (int i = 0; i < n; i++) {
            counts.computeIfAbsent(in.next(), w -> new int[1])[0]++;
        }
        List<Map.Entry<String, int[]>> ranked = new ArrayList<>(counts.entrySet());
        // Count descending, then the word ascending (lowercase ASCII, so
        // String.compareTo is the dictionary order).
        ranked.sort((a, b) -> a.getValue()[0] != b.getValue()[0]
                ? Integer.compare(b.getValue()[0], a.getValue()[0])
                : a.getKey().compareTo(b.getKey()));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < k; i++) {
            sb.append(ranked.get(i).getKey()).append(' ').append(ranked.get(i).getValue()[0]).append('\n');
        }
        PrintWriter out = new PrintWriter(System.out);
        out.print(sb);
        out.flush();
    }

    static final class ByteReader {
        private final DataInputStream in;
        private final byte[] buf = new byte[1 << 16];
        private final byte[] word = new byte[64];
        private int len = 0, ptr = 0;

        ByteReader(InputStream is) {
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

        /** The next white-space separated token (at most 64 bytes). */
        String next() throws IOException {
            int c = read();
            while (c != -1 && c <= ' ') c = read();
            int m = 0;
            while (c > ' ') {
                word[m++] = (byte) c;
                c = read();
            }
            return new String(word, 0, m, StandardCharsets.ISO_8859_1);
        }
    }
}
