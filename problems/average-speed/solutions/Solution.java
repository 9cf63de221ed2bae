import java.io.*;
import java.util.*;

public class Solution {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int n = Integer.parseInt(in.readLine().trim());
        long distance = 0;
        double seconds = 0;
        for (int i = 0; i < n; i++) {
            StringTokenizer st = new StringTokenizer(in.readLine());
            String kind = st.nextToken();
            if (kind.equals("ride")) {
                long d = Long.parseLong(st.nextToken()), v = Long.parseLong(st.nextToken());
                distance += d;
                seconds += (double) d / v;
            } else {
                seconds += Long.parseLong(st.nextToken());
            }
        }
        System.out.printf("%.9f%n", distance / seconds);
    }
}
