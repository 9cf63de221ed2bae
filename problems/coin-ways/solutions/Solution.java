import java.io.*;
import java.util.*;

public class Solution {
    public static void main(String[] args) throws IOException {
        final long MOD = 1_000_000_007L;
        StreamTokenizer st = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in)));
        st.nextToken();
        int n = (int) st.nval;
        st.nextToken();
        int x = (int) st.nval;
        long[] ways = new long[x + 1];  // ways[s] = ways to pay s with the coins seen so far
        ways[0] = 1;
        for (int i = 0; i < n; i++) {
            st.nextToken();
            int c = (int) st.nval;
            for (int s = c; s <= x; s++) {
                long v = ways[s] + ways[s - c];
                ways[s] = v >= MOD ? v - MOD : v;
            }
        }
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out)));
        out.println(ways[x]);
        out.flush();
    }
}
