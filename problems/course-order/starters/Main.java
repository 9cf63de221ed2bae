import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer st = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in)));
        st.nextToken();
        int n = (int) st.nval;
        st.nextToken();
        int m = (int) st.nval;
        List<List<Integer>> adj = new ArrayList<>();  // adj.get(a) = courses that need a first
        for (int i = 0; i <= n; i++) adj.add(new ArrayList<>());
        for (int i = 0; i < m; i++) {
            st.nextToken();
            int a = (int) st.nval;
            st.nextToken();
            int b = (int) st.nval;
            adj.get(a).add(b);
        }

        // TODO: topological sort that always takes the smallest available course
        //       (PriorityQueue), or print IMPOSSIBLE when not every course can be taken
        StringBuilder sb = new StringBuilder();
        for (int k = 1; k <= n; k++) sb.append(k).append(k == n ? '\n' : ' ');
        System.out.print(sb);
    }
}
