import java.io.*;
import java.util.*;

public class Solution {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int r = readInt(in), c = readInt(in);
        int w = c + 2, n = (r + 2) * w;
        byte[] g = new byte[n];
        Arrays.fill(g, (byte) '#');
        int s = -1, e = -1;
        for (int i = 0; i < r; i++) {
            int b = in.read();
            while (b == ' ' || b == '\n' || b == '\r') b = in.read();
            for (int j = 0; j < c; j++) {
                int p = (i + 1) * w + j + 1;
                g[p] = (byte) b;
                if (b == 'S') s = p;
                if (b == 'E') e = p;
                b = in.read();
            }
        }
        int[] dist = new int[n];
        Arrays.fill(dist, -1);
        int[] q = new int[n];
        int head = 0, tail = 0;
        dist[s] = 0;
        q[tail++] = s;
        int[] d = {-1, 1, -w, w};
        while (head < tail && dist[e] < 0) {
            int p = q[head++];
            for (int k = 0; k < 4; k++) {
                int nb = p + d[k];
                if (g[nb] != '#' && dist[nb] < 0) {
                    dist[nb] = dist[p] + 1;
                    q[tail++] = nb;
                }
            }
        }
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out)));
        out.println(dist[e]);
        out.flush();
    }

    private static int readInt(DataInputStream in) throws IOException {
        int ret = 0, b = in.read();
        while (b < '0' || b > '9') {
            if (b == '-') { b = in.read(); int v = 0; while (b >= '0' && b <= '9') { v = v * 10 + (b - '0'); b = in.read(); } return -v; }
            b = in.read();
        }
        while (b >= '0' && b <= '9') {
            ret = ret * 10 + (b - '0');
            b = in.read();
        }
        return ret;
    }
}
