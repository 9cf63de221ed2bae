// Longest Palindrome -- reference solution (Manacher's algorithm), O(n).
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;

public class Solution {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        String s = br.readLine().trim();
        int n = s.length();
        // t = # s0 # s1 # ... # s(n-1) #  ; radius k around i <=> palindrome of s
        // of length k starting at (i - k) / 2 (odd and even lengths alike).
        int m = 2 * n + 1;
        char[] t = new char[m];
        java.util.Arrays.fill(t, '#');
        for (int i = 0; i < n; i++) t[2 * i + 1] = s.charAt(i);
        int[] rad = new int[m];
        int c = 0, r = 0, bestLen = 0, bestCenter = 0;
        for (int i = 0; i < m; i++) {
            int k = 0;
            if (i < r) k = Math.min(rad[2 * c - i], r - i);
            while (i - k - 1 >= 0 && i + k + 1 < m && t[i - k - 1] == t[i + k + 1]) k++;
            rad[i] = k;
            if (i + k > r) {
                c = i;
                r = i + k;
            }
            if (k > bestLen) {  // strict: the leftmost start wins ties
                bestLen = k;
                bestCenter = i;
            }
        }
        int start = (bestCenter - bestLen) / 2;
        PrintWriter out = new PrintWriter(System.out);
        StringBuilder sb = new StringBuilder();
        sb.append(bestLen).append('\n').append(s, start, start + bestLen).append('\n');
        out.print(sb);
        out.flush();
    }
}
