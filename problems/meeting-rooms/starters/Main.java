import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.StringTokenizer;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        int n = Integer.parseInt(br.readLine().trim());
        long[] s = new long[n];
        long[] e = new long[n];
        for (int i = 0; i < n; i++) {
            StringTokenizer st = new StringTokenizer(br.readLine());
            s[i] = Long.parseLong(st.nextToken());
            e[i] = Long.parseLong(st.nextToken());
        }

        int answer = 0;
        // TODO: minimum number of rooms for the half-open intervals [s, e)

        System.out.println(answer);
    }
}
