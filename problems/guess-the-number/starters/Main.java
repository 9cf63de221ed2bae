import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.IOException;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        long n = Long.parseLong(in.readLine().trim());
        // TODO: ask "? x" questions (flush each one!) until the judge answers "="
        System.out.println("? " + 1);
        System.out.flush();
        String reply = in.readLine();
    }
}
