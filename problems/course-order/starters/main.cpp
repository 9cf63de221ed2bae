#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, m;
    cin >> n >> m;
    vector<vector<int>> adj(n + 1);  // adj[a] = courses that need course a first
    for (int i = 0; i < m; i++) {
        int a, b;
        cin >> a >> b;
        adj[a].push_back(b);
    }

    // TODO: topological sort that always takes the smallest available course
    //       (priority_queue), or print IMPOSSIBLE when not every course can be taken
    vector<int> order(n);
    iota(order.begin(), order.end(), 1);

    for (int i = 0; i < n; i++) cout << order[i] << (i + 1 == n ? '\n' : ' ');
    return 0;
}
