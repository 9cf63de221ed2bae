import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StreamTokenizer;

public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer st = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in)));
        st.nextToken();
        int n = (int) st.nval;
        st.nextToken();
        int q = (int) st.nval;
        long[] a = new long[n + 1];
        for (int i = 1; i <= n; i++) {
            st.nextToken();
            a[i] = (long) st.nval;
        }
        PrintWriter out = new PrintWriter(System.out);
        for (int k = 0; k < q; k++) {
            st.nextToken();
            int kind = (int) st.nval;
            st.nextToken();
            long u = (long) st.nval;
            st.nextToken();
            long v = (long) st.nval;
            if (kind == 1) {
                // TODO: set a[u] = v
            } else {
                long answer = 0;
                // TODO: minimum of a[u..v]
                out.println(answer);
            }
        }
        out.flush();
    }
}
