#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, m;
    cin >> n >> m;
    vector<array<int, 3>> roads(m);  // {w, a, b}
    for (auto &r : roads) cin >> r[1] >> r[2] >> r[0];

    // TODO: Kruskal's algorithm with union-find (64-bit total);
    //       print IMPOSSIBLE if not all cities connect
    long long answer = 0;

    cout << answer << "\n";
    return 0;
}
