import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        String s = br.readLine().trim();
        String t = br.readLine().trim();

        // TODO: length of the longest common subsequence of s and t (DP over prefixes)
        int answer = 0;

        System.out.println(answer);
    }
}
