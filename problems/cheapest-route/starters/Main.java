import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer st = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in)));
        st.nextToken();
        int n = (int) st.nval;
        st.nextToken();
        int m = (int) st.nval;
        int[] a = new int[m], b = new int[m];
        long[] w = new long[m];
        for (int i = 0; i < m; i++) {
            st.nextToken(); a[i] = (int) st.nval;
            st.nextToken(); b[i] = (int) st.nval;
            st.nextToken(); w[i] = (long) st.nval;  // exact: w <= 10^9
        }

        // TODO: Dijkstra's algorithm from town 1 with long distances; -1 for unreachable towns
        long[] dist = new long[n + 1];
        Arrays.fill(dist, -1);

        StringBuilder sb = new StringBuilder();
        for (int k = 1; k <= n; k++) sb.append(dist[k]).append(k == n ? '\n' : ' ');
        System.out.print(sb);
    }
}
