import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        String t = br.readLine().trim();
        String p = br.readLine().trim();
        long count = 0;
        // TODO: count the (possibly overlapping) occurrences of p in t
        System.out.println(count);
    }
}
