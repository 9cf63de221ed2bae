import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer st = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in)));
        st.nextToken();
        int n = (int) st.nval;
        st.nextToken();
        int m = (int) st.nval;
        int[] a = new int[m], b = new int[m], w = new int[m];
        for (int i = 0; i < m; i++) {
            st.nextToken(); a[i] = (int) st.nval;
            st.nextToken(); b[i] = (int) st.nval;
            st.nextToken(); w[i] = (int) st.nval;  // exact: w <= 10^9
        }

        // TODO: Kruskal's algorithm with union-find (long total);
        //       print IMPOSSIBLE if not all cities connect
        long answer = 0;

        System.out.println(answer);
    }
}
