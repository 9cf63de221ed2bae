import java.io.*;

// take = the best sum of a prefix that uses its last house, skip = one that
// doesn't: each house either extends a skip or is left out. O(n).
public class Solution {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = (int) next(in);
        long take = 0, skip = 0;
        for (int i = 0; i < n; i++) {
            long v = next(in);
            long taken = skip + v;
            skip = Math.max(take, skip);
            take = taken;
        }
        System.out.println(Math.max(take, skip));
    }

    private static long next(DataInputStream in) throws IOException {
        int c = in.read();
        while (c < '0' || c > '9') c = in.read();
        long value = 0;
        while (c >= '0' && c <= '9') {
            value = value * 10 + (c - '0');
            c = in.read();
        }
        return value;
    }
}
