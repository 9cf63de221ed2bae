#include <bits/stdc++.h>
using namespace std;

int main() {
    int r, c;
    if (scanf("%d %d", &r, &c) != 2) return 0;
    int w = c + 2;
    vector<char> g((size_t)(r + 2) * w, '#');
    static char buf[1105];
    for (int i = 0; i < r; i++) {
        scanf("%1100s", buf);
        for (int j = 0; j < c; j++) g[(size_t)(i + 1) * w + j + 1] = buf[j];
    }
    int n = (int)g.size(), s = -1, e = -1;
    for (int p = 0; p < n; p++) {
        if (g[p] == 'S') s = p;
        if (g[p] == 'E') e = p;
    }
    vector<int> dist(n, -1), q;
    q.reserve(n);
    dist[s] = 0;
    q.push_back(s);
    int d[4] = {-1, 1, -w, w};
    for (size_t h = 0; h < q.size() && dist[e] < 0; h++) {
        int p = q[h];
        for (int k = 0; k < 4; k++) {
            int nb = p + d[k];
            if (g[nb] != '#' && dist[nb] < 0) {
                dist[nb] = dist[p] + 1;
                q.push_back(nb);
            }
        }
    }
    printf("%d\n", dist[e]);
    return 0;
}
