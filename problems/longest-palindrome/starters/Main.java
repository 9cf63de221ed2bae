import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        String s = br.readLine().trim();
        int start = 0, len = 1;
        // TODO: find the leftmost longest palindromic substring of s
        StringBuilder sb = new StringBuilder();
        sb.append(len).append('\n').append(s, start, start + len).append('\n');
        System.out.print(sb);
    }
}
