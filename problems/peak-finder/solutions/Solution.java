import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.IOException;

public class Solution {
    static BufferedReader in = new BufferedReader(new InputStreamReader(System.in));

    static long ask(int i) throws IOException {
        System.out.println("? " + i);
        System.out.flush();
        return Long.parseLong(in.readLine().trim());
    }

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(in.readLine().trim());
        int lo = 1, hi = n;
        while (lo < hi) {
            int m = lo + (hi - lo) / 2;
            if (ask(m) < ask(m + 1)) lo = m + 1;
            else hi = m;
        }
        System.out.println("! " + lo);
        System.out.flush();
    }
}
