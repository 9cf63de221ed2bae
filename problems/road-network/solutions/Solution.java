import java.io.*;
import java.util.*;

public class Solution {
    static int[] parent, size;

    static int find(int x) {
        int root = x;
        while (parent[root] != root) root = parent[root];
        while (parent[x] != root) {
            int next = parent[x];
            parent[x] = root;
            x = next;
        }
        return root;
    }

    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = readInt(in), m = readInt(in);
        int[] a = new int[m], b = new int[m];
        long[] key = new long[m];  // weight * 2^20 + index: sorting keys sorts by weight
        for (int i = 0; i < m; i++) {
            a[i] = readInt(in);
            b[i] = readInt(in);
            long w = readInt(in);
            key[i] = (w << 20) | i;
        }
        Arrays.sort(key);
        parent = new int[n + 1];
        size = new int[n + 1];
        for (int i = 0; i <= n; i++) {
            parent[i] = i;
            size[i] = 1;
        }
        long total = 0;
        int joined = 0;
        for (int k = 0; k < m && joined < n - 1; k++) {
            int i = (int) (key[k] & ((1 << 20) - 1));
            int ra = find(a[i]), rb = find(b[i]);
            if (ra == rb) continue;
            if (size[ra] < size[rb]) { int t = ra; ra = rb; rb = t; }
            parent[rb] = ra;
            size[ra] += size[rb];
            total += key[k] >>> 20;
            joined++;
        }
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out)));
        out.println(joined == n - 1 ? Long.toString(total) : "IMPOSSIBLE");
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
