import java.io.*;
import java.util.*;

public class Main {
    static final long MOD = 1_000_000_007L;

    public static void main(String[] args) throws IOException {
        StreamTokenizer st = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in)));
        st.nextToken();
        int n = (int) st.nval;
        st.nextToken();
        int x = (int) st.nval;
        int[] c = new int[n];
        for (int i = 0; i < n; i++) {
            st.nextToken();
            c[i] = (int) st.nval;
        }

        // TODO: count the ways to pay x (order does not matter), modulo MOD
        long answer = 0;

        System.out.println(answer);
    }
}
