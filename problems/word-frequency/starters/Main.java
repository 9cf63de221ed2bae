import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.StringTokenizer;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer st = new StringTokenizer(br.readLine());
        int n = Integer.parseInt(st.nextToken());
        int k = Integer.parseInt(st.nextToken());
        String[] words = new String[n];
        int read = 0;
        while (read < n) {
            st = new StringTokenizer(br.readLine());
            while (st.hasMoreTokens()) words[read++] = st.nextToken();
        }

        List<String> result = new ArrayList<>();  // lines "word count", in order
        // TODO: the k most frequent words; equal counts in alphabetical order

        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < k && i < result.size(); i++) sb.append(result.get(i)).append('\n');
        PrintWriter out = new PrintWriter(System.out);
        out.print(sb);
        out.flush();
    }
}
