import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer st = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in)));
        st.nextToken();
        int n = (int) st.nval;
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            st.nextToken();
            a[i] = (int) st.nval;  // exact: |a_i| <= 10^9
        }

        // TODO: length of the longest strictly increasing subsequence in O(n log n)
        int answer = 0;

        System.out.println(answer);
    }
}
