import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer st = new StringTokenizer(br.readLine());
        int r = Integer.parseInt(st.nextToken());
        int c = Integer.parseInt(st.nextToken());
        char[][] grid = new char[r][];  // grid[i][j] is '.', '#', 'S' or 'E'
        for (int i = 0; i < r; i++) grid[i] = br.readLine().trim().toCharArray();

        // TODO: find S, run a breadth-first search, and print the distance to E (or -1)
        int answer = -1;

        System.out.println(answer);
    }
}
