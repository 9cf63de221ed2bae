import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.StringTokenizer;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        int n = Integer.parseInt(br.readLine().trim());
        long[] l = new long[n];
        long[] r = new long[n];
        for (int i = 0; i < n; i++) {
            StringTokenizer st = new StringTokenizer(br.readLine());
            l[i] = Long.parseLong(st.nextToken());
            r[i] = Long.parseLong(st.nextToken());
        }

        int answer = 0;
        // TODO: maximum number of pairwise non-overlapping closed intervals

        System.out.println(answer);
    }
}
