import java.io.*;
import java.util.*;

public class Solution {
    public static void main(String[] args) throws IOException {
        StreamTokenizer st = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in)));
        st.nextToken();
        int n = (int) st.nval;
        st.nextToken();
        int cap = (int) st.nval;
        long[] best = new long[cap + 1];  // best[c] = max value with weight at most c
        for (int i = 0; i < n; i++) {
            st.nextToken();
            int w = (int) st.nval;
            st.nextToken();
            long v = (long) st.nval;  // exact: v <= 10^9
            for (int c = cap; c >= w; c--) {
                long cand = best[c - w] + v;
                if (cand > best[c]) best[c] = cand;
            }
        }
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out)));
        out.println(best[cap]);
        out.flush();
    }
}
