import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.util.StringTokenizer;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        int q = Integer.parseInt(br.readLine().trim());
        PrintWriter out = new PrintWriter(System.out);
        for (int i = 0; i < q; i++) {
            // a and b can reach 10^18: read them as long, not with StreamTokenizer (double)
            StringTokenizer st = new StringTokenizer(br.readLine());
            long a = Long.parseLong(st.nextToken());
            long b = Long.parseLong(st.nextToken());
            long g = 1, l = 1;
            // TODO: compute g = gcd(a, b) and l = lcm(a, b)
            out.println(g + " " + l);
        }
        out.flush();
    }
}
