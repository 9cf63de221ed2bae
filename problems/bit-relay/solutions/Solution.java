import java.io.*;

// Four bits per letter (a..p), the last group padded with zeros.
public class Solution {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        String kind = in.readLine().trim();
        int n = Integer.parseInt(in.readLine().trim());
        String data = in.readLine().trim();
        StringBuilder out = new StringBuilder();
        if (kind.equals("encode")) {
            for (int i = 0; i < n; i += 4) {
                int v = 0;
                for (int j = i; j < i + 4; j++) v = v * 2 + (j < n && data.charAt(j) == '1' ? 1 : 0);
                out.append((char) ('a' + v));
            }
        } else {
            for (int k = 0; k < data.length(); k++) {
                int v = data.charAt(k) - 'a';
                for (int b = 3; b >= 0; b--) out.append((char) ('0' + ((v >> b) & 1)));
            }
            out.setLength(n);
        }
        System.out.println(out);
    }
}
