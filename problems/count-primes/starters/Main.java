import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StreamTokenizer;

public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer st = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in)));
        st.nextToken();
        int q = (int) st.nval;
        PrintWriter out = new PrintWriter(System.out);
        for (int i = 0; i < q; i++) {
            st.nextToken();
            int n = (int) st.nval;
            int count = 0;
            // TODO: count the primes p <= n
            out.println(count);
        }
        out.flush();
    }
}
