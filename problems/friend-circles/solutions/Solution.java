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
        StreamTokenizer st = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in), 1 << 16));
        st.nextToken();
        int n = (int) st.nval;
        st.nextToken();
        int q = (int) st.nval;
        parent = new int[n + 1];
        size = new int[n + 1];
        for (int i = 0; i <= n; i++) {
            parent[i] = i;
            size[i] = 1;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < q; i++) {
            st.nextToken();
            boolean union = st.sval.equals("union");
            st.nextToken();
            int ra = find((int) st.nval);
            st.nextToken();
            int rb = find((int) st.nval);
            if (union) {
                if (ra != rb) {
                    if (size[ra] < size[rb]) { int t = ra; ra = rb; rb = t; }
                    parent[rb] = ra;
                    size[ra] += size[rb];
                }
            } else {
                sb.append(ra == rb ? "YES\n" : "NO\n");
            }
        }
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out)));
        out.print(sb);
        out.flush();
    }
}
