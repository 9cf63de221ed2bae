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
            long[] v = new long[6];  // x1 y1 x2 y2 px py
            for (int k = 0; k < 6; k++) {
                st.nextToken();
                v[k] = (long) st.nval;
            }
            double d = 0.0;
            // TODO: distance from (v[4], v[5]) to the segment (v[0], v[1])-(v[2], v[3])
            out.println(String.format("%.9f", d));
        }
        out.flush();
    }
}
