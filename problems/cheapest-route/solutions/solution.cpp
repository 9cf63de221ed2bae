#include <bits/stdc++.h>
using namespace std;
typedef long long ll;

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    vector<vector<pair<int, ll>>> adj(n + 1);
    for (int i = 0; i < m; i++) {
        int a, b;
        ll w;
        scanf("%d %d %lld", &a, &b, &w);
        adj[a].push_back({b, w});
    }
    vector<ll> dist(n + 1, -1);
    vector<char> done(n + 1, 0);
    priority_queue<pair<ll, int>, vector<pair<ll, int>>, greater<pair<ll, int>>> pq;
    dist[1] = 0;
    pq.push({0, 1});
    while (!pq.empty()) {
        auto [d, u] = pq.top();
        pq.pop();
        if (done[u]) continue;
        done[u] = 1;
        for (auto [v, w] : adj[u]) {
            ll nd = d + w;
            if (dist[v] < 0 || nd < dist[v]) {
                dist[v] = nd;
                pq.push({nd, v});
            }
        }
    }
    string out;
    for (int k = 1; k <= n; k++) {
        if (k > 1) out += ' ';
        out += to_string(dist[k]);
    }
    out += '\n';
    fputs(out.c_str(), stdout);
    return 0;
}
