import java.io.*;
import java.util.*;

public class Solution {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = readInt(in), m = readInt(in);
        int[] head = new int[n + 1], next = new int[m], to = new int[m], indeg = new int[n + 1];
        Arrays.fill(head, -1);
        for (int i = 0; i < m; i++) {
            int a = readInt(in), b = readInt(in);
            to[i] = b;
            next[i] = head[a];
            head[a] = i;
            indeg[b]++;
        }
        // binary min-heap of available courses
        int[] heap = new int[n + 1];
        int size = 0;
        for (int v = 1; v <= n; v++) {
            if (indeg[v] == 0) heap[size++] = v;  // increasing order is already a heap
        }
        int[] order = new int[n];
        int cnt = 0;
        while (size > 0) {
            int u = heap[0];
            int last = heap[--size];
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
            order[cnt++] = u;
            for (int e = head[u]; e >= 0; e = next[e]) {
                int v = to[e];
                if (--indeg[v] == 0) {
                    int j = size++;
                    while (j > 0 && heap[(j - 1) / 2] > v) {
                        heap[j] = heap[(j - 1) / 2];
                        j = (j - 1) / 2;
                    }
                    heap[j] = v;
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        if (cnt < n) {
            sb.append("IMPOSSIBLE\n");
        } else {
            for (int i = 0; i < n; i++) {
                if (i > 0) sb.append(' ');
                sb.append(order[i]);
            }
            sb.append('\n');
        }
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out)));
        out.print(sb);
        out.flush();
    }

    private static int readInt(DataInputStream in) throws IOException {
        int ret = 0, b = in.read();
        while (b < '0' || b > '9') b = in.read();
        while (b >= '0' && b <= '9') {
            ret = ret * 10 + (b - '0');
            b = in.read();
        }
        return ret;
    }
}
