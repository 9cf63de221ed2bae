import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StreamTokenizer;

public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer st = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in)));
        st.nextToken();
        int n = (int) st.nval;
        long[] x = new long[n], y = new long[n];
        for (int i = 0; i < n; i++) {
            st.nextToken();
            x[i] = (long) st.nval;  // exact: |x| <= 10^9
            st.nextToken();
            y[i] = (long) st.nval;
        }
        double perimeter = 0.0;
        // TODO: compute the perimeter of the convex hull of the points
        System.out.println(String.format("%.6f", perimeter));
    }
}
