#include <bits/stdc++.h>
using namespace std;
typedef long long ll;

vector<int> parent_, size_;

int find(int x) {
    int root = x;
    while (parent_[root] != root) root = parent_[root];
    while (parent_[x] != root) {
        int next = parent_[x];
        parent_[x] = root;
        x = next;
    }
    return root;
}

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    vector<array<int, 3>> roads(m);  // {w, a, b}
    for (auto &r : roads) scanf("%d %d %d", &r[1], &r[2], &r[0]);
    sort(roads.begin(), roads.end());
    parent_.resize(n + 1);
    size_.assign(n + 1, 1);
    iota(parent_.begin(), parent_.end(), 0);
    ll total = 0;
    int joined = 0;
    for (auto &r : roads) {
        if (joined == n - 1) break;
        int ra = find(r[1]), rb = find(r[2]);
        if (ra == rb) continue;
        if (size_[ra] < size_[rb]) swap(ra, rb);
        parent_[rb] = ra;
        size_[ra] += size_[rb];
        total += r[0];
        joined++;
    }
    if (joined == n - 1) printf("%lld\n", total);
    else puts("IMPOSSIBLE");
    return 0;
}
