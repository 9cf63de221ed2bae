import java.io.*;

// Kadane: the best sum of a subarray ending here is this element, or this
// element after the best sum ending just before it. O(n).
public class Solution {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = (int) next(in);
        long best = 0, current = 0;
        for (int i = 0; i < n; i++) {
            long v = next(in);
            current = (i == 0 || current < 0) ? v : current + v;
            if (i == 0 || current > best) best = current;
        }
        System.out.println(best);
    }

    private static long next(DataInputStream in) throws IOException {
        int c = in.read();
        while (c != '-' && (c < '0' || c > '9')) c = in.read();
        boolean negative = c == '-';
        if (negative) c = in.read();
        long value = 0;
        while (c >= '0' && c <= '9') {
            value = value * 10 + (c - '0');
            c = in.read();
        }
        return negative ? -value : value;
    }
}
