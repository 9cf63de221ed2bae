import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int n = Integer.parseInt(in.readLine().trim());
        for (int i = 0; i < n; i++) {
            StringTokenizer st = new StringTokenizer(in.readLine());
            String kind = st.nextToken();
            // TODO: a ride is "ride d v", a rest is "rest s"
        }
        double average = 0;
        System.out.printf("%.9f%n", average);
    }
}
