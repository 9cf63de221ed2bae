import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String kind = in.readLine().trim();
        int n = Integer.parseInt(in.readLine().trim());
        String data = in.readLine().trim();
        if (kind.equals("encode")) {
            // TODO: pack the n bits of data into at most ceil(n/4) letters
            System.out.println("a");
        } else {
            // TODO: unpack the note in data back into the n bits
            System.out.println("0".repeat(n));
        }
    }
}
