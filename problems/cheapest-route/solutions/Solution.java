import java.io.*;
import java.util.*;

public class Solution {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = (int) readLong(in), m = (int) readLong(in);
        int[] head = new int[n + 1], next = new int[m], to = new int[m];
        long[] wt = new long[m];
        Arrays.fill(head, -1);
        for (int i = 0; i < m; i++) {
            int a = (int) readLong(in);
            to[i] = (int) readLong(in);
            wt[i] = readLong(in);
            next[i] = head[a];
            head[a] = i;
        }
        long[] dist = new long[n + 1];
        Arrays.fill(dist, -1);
        boolean[] done = new boolean[n + 1];
        // Binary min-heap of (distance, vertex) packed as distance * 2^15 + vertex
        // (distances stay below 3 * 10^13 < 2^45, vertices below 2^15).
        long[] heap = new long[m + 2];
        int size = 0;
        dist[1] = 0;
        heap[size++] = 1;
        while (size > 0) {
            long top = heap[0];
            long last = heap[--size];
            int i = 0;
            while (true) {
                int c = 2 * i + 1;
                if (c >= size) break;
                if (c + 1 < size && heap[c + 1] < heap[c]) c++;
                if (heap[c] >= last) break;
                heap[i] = heap[c];
                i = c;
            }
            heap[i] = last;
            int u = (int) (top & 32767);
            long d = top >>> 15;
            if (done[u]) continue;
            done[u] = true;
            for (int e = head[u]; e >= 0; e = next[e]) {
                int v = to[e];
                long nd = d + wt[e];
                if (dist[v] < 0 || nd < dist[v]) {
                    dist[v] = nd;
                    long key = (nd << 15) | v;
                    int j = size++;
                    while (j > 0 && heap[(j - 1) / 2] > key) {
                        heap[j] = heap[(j - 1) / 2];
                        j = (j - 1) / 2;
                    }
                    heap[j] = key;
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int k = 1; k <= n; k++) {
            if (k > 1) sb.append(' ');
            sb.append(dist[k]);
        }
        sb.append('\n');
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out)));
        out.print(sb);
        out.flush();
    }

    private static long readLong(DataInputStream in) throws IOException {
        long ret = 0;
        int b = in.read();
        while (b < '0' || b > '9') b = in.read();
        while (b >= '0' && b <= '9') {
            ret = ret * 10 + (b - '0');
            b = in.read();
        }
        return ret;
    }
}
