import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.IOException;

public class Main {
    static BufferedReader in = new BufferedReader(new InputStreamReader(System.in));

    static long ask(int i) throws IOException {
        System.out.println("? " + i);
        System.out.flush(); // flush each question
        return Long.parseLong(in.readLine().trim());
    }

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(in.readLine().trim());
        // TODO: find the summit with at most 40 questions (use ask)
        System.out.println("! " + 1);
        System.out.flush();
    }
}
