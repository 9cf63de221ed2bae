// Pattern Count -- reference solution (Knuth-Morris-Pratt), O(|t| + |p|).
import java.io.DataInputStream;
import java.io.IOException;

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

    // Reads the next word of lowercase letters as bytes.
    private static byte[] readWord() throws IOException {
        int c = readByte();
        while (c != -1 && c <= ' ') c = readByte();
        byte[] w = new byte[16];
        int len = 0;
        while (c != -1 && c > ' ') {
            if (len == w.length) w = java.util.Arrays.copyOf(w, len * 2);
            w[len++] = (byte) c;
            c = readByte();
        }
        return java.util.Arrays.copyOf(w, len);
    }

    public static void main(String[] args) throws IOException {
        byte[] t = readWord();
        byte[] p = readWord();
        int n = t.length, m = p.length;
        if (m > n) {
            System.out.println(0);
            return;
        }
        int[] pi = new int[m];  // longest proper border of p[0..i]
        for (int i = 1, k = 0; i < m; i++) {
            while (k > 0 && p[k] != p[i]) k = pi[k - 1];
            if (p[k] == p[i]) k++;
            pi[i] = k;
        }
        long count = 0;
        for (int i = 0, k = 0; i < n; i++) {
            while (k > 0 && p[k] != t[i]) k = pi[k - 1];
            if (p[k] == t[i]) {
                k++;
                if (k == m) {
                    count++;
                    k = pi[k - 1];  // occurrences may overlap
                }
            }
        }
        System.out.println(count);
    }
}
