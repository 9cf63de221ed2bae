import java.io.*;
import java.util.*;

public class Solution {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        char[] s = br.readLine().trim().toCharArray();
        char[] t = br.readLine().trim().toCharArray();
        int n = s.length, m = t.length;
        // prev[j] / cur[j]: LCS of the current prefix of s and the first j letters of t
        int[] prev = new int[m + 1], cur = new int[m + 1];
        for (int i = 0; i < n; i++) {
            char c = s[i];
            for (int j = 0; j < m; j++) {
                if (c == t[j]) cur[j + 1] = prev[j] + 1;
                else cur[j + 1] = Math.max(prev[j + 1], cur[j]);
            }
            int[] tmp = prev;
            prev = cur;
            cur = tmp;
        }
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out)));
        out.println(prev[m]);
        out.flush();
    }
}
