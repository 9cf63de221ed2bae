import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer st = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in)));
        st.nextToken();
        int n = (int) st.nval;
        st.nextToken();
        int cap = (int) st.nval;
        int[] w = new int[n];
        long[] v = new long[n];
        for (int i = 0; i < n; i++) {
            st.nextToken(); w[i] = (int) st.nval;
            st.nextToken(); v[i] = (long) st.nval;  // exact: v <= 10^9
        }

        // TODO: dynamic programming over the capacity: best[c] = max value with weight <= c
        //       (the answer needs 64 bits)
        long answer = 0;

        System.out.println(answer);
    }
}
