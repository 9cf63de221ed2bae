import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer st = new StringTokenizer(br.readLine());
        int r = Integer.parseInt(st.nextToken());
        int c = Integer.parseInt(st.nextToken());
        char[][] grid = new char[r][];  // grid[i][j] is '#' (land) or '.' (water)
        for (int i = 0; i < r; i++) grid[i] = br.readLine().trim().toCharArray();

        // TODO: count the groups of side-connected '#' cells (use an explicit stack, not recursion)
        int islands = 0;

        System.out.println(islands);
    }
}
