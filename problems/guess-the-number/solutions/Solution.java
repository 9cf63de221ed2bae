import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.IOException;

public class Solution {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        long n = Long.parseLong(in.readLine().trim());
        long lo = 1, hi = n;
        while (true) {
            long x = lo + (hi - lo) / 2;
            System.out.println("? " + x);
            System.out.flush();
            String reply = in.readLine();
            if (reply == null || reply.trim().equals("=")) return;
            if (reply.trim().equals("<")) hi = x - 1;
            else lo = x + 1;
        }
    }
}
