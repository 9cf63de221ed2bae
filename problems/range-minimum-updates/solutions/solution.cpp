// Range Minimum with Updates -- reference solution: iterative (bottom-up)
// segment tree, O(log n) per operation.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 0;
    int size = 1;
    while (size < n) size *= 2;
    const long long INF = LLONG_MAX;
    vector<long long> tree(2 * size, INF);
    for (int i = 0; i < n; i++)
        if (scanf("%lld", &tree[size + i]) != 1) return 0;
    for (int i = size - 1; i >= 1; i--) tree[i] = min(tree[2 * i], tree[2 * i + 1]);
    string out;
    for (int k = 0; k < q; k++) {
        int kind;
        long long a, b;
        if (scanf("%d %lld %lld", &kind, &a, &b) != 3) return 0;
        if (kind == 1) {  // a[a] = b
            int i = (int)a - 1 + size;
            tree[i] = b;
            for (i >>= 1; i >= 1; i >>= 1) tree[i] = min(tree[2 * i], tree[2 * i + 1]);
        } else {  // min of a[a..b]
            long long res = INF;
            for (int lo = (int)a - 1 + size, hi = (int)b + size; lo < hi; lo >>= 1, hi >>= 1) {
                if (lo & 1) res = min(res, tree[lo++]);
                if (hi & 1) res = min(res, tree[--hi]);
            }
            out += to_string(res);
            out += '\n';
        }
    }
    fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}
