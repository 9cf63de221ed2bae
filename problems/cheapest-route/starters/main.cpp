#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, m;
    cin >> n >> m;
    vector<vector<pair<int, long long>>> adj(n + 1);  // adj[a] = {(b, w), ...}
    for (int i = 0; i < m; i++) {
        int a, b;
        long long w;
        cin >> a >> b >> w;
        adj[a].push_back({b, w});
    }

    // TODO: Dijkstra's algorithm from town 1 with 64-bit distances; -1 for unreachable towns
    vector<long long> dist(n + 1, -1);

    for (int k = 1; k <= n; k++) cout << dist[k] << (k == n ? '\n' : ' ');
    return 0;
}
