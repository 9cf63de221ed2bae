import java.io.*;
import java.util.*;

public class Solution {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int r = readInt(in), c = readInt(in);
        int w = c + 2, n = (r + 2) * w;
        byte[] g = new byte[n];
        Arrays.fill(g, (byte) '.');
        for (int i = 0; i < r; i++) {
            int b = in.read();
            while (b != '#' && b != '.') b = in.read();
            for (int j = 0; j < c; j++) {
                g[(i + 1) * w + j + 1] = (byte) b;
                b = in.read();
            }
        }
        int[] stack = new int[n];
        int[] d = {-1, 1, -w, w};
        int islands = 0;
        for (int s = 0; s < n; s++) {
            if (g[s] != '#') continue;
            islands++;
            g[s] = '.';
            int top = 0;
            stack[top++] = s;
            while (top > 0) {
                int p = stack[--top];
                for (int k = 0; k < 4; k++) {
                    int q = p + d[k];
                    if (g[q] == '#') {
                        g[q] = '.';
                        stack[top++] = q;
                    }
                }
            }
        }
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out)));
        out.println(islands);
        out.flush();
    }

    private static int readInt(DataInputStream in) throws IOException {
        int ret = 0, b = in.read();
        while (b < '0' || b > '9') b = in.read();
        while (b >= '0' && b <= '9') {
            ret = ret * 10 + (b - '0');
            b = in.read();
        }
        return ret;
    }
}
