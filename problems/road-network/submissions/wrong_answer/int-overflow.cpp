// Wrong: the total is summed in a 32-bit int. Five cities joined by roads of cost
// 10^9 already cost 4*10^9 > 2^31 - 1.
#include <bits/stdc++.h>
using namespace std;

int parent_[50005];
int find(int x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
}

int main() {
    int n, m;
    scanf("%d %d", &n, &m);
    vector<array<int, 3>> roads(m);
    for (auto &r : roads) scanf("%d %d %d", &r[1], &r[2], &r[0]);
    sort(roads.begin(), roads.end());
    for (int i = 0; i <= n; i++) parent_[i] = i;
    int total = 0, joined = 0;
    for (auto &r : roads) {
        int ra = find(r[1]), rb = find(r[2]);
        if (ra == rb) continue;
        parent_[ra] = rb;
        total += r[0];
        joined++;
    }
    if (joined == n - 1) printf("%d\n", total);
    else puts("IMPOSSIBLE");
    return 0;
}
