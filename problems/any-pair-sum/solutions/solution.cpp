// Any Pair Sum -- reference solution: sort (value, position) pairs once, then
// for each j look up the first position of T - a_j by binary search.
// Prints the pair with the smallest j (and, for that j, the smallest i) --
// the same pair as the hash-map solution.
#include <bits/stdc++.h>
using namespace std;
typedef long long ll;

int main() {
    int n;
    ll target;
    if (scanf("%d %lld", &n, &target) != 2) return 0;
    vector<ll> a(n);
    vector<pair<ll, int>> sorted_vals(n);
    for (int i = 0; i < n; i++) {
        if (scanf("%lld", &a[i]) != 1) return 0;
        sorted_vals[i] = {a[i], i + 1};
    }
    sort(sorted_vals.begin(), sorted_vals.end());  // equal values: smallest position first
    for (int j = 1; j <= n; j++) {
        ll need = target - a[j - 1];
        auto it = lower_bound(sorted_vals.begin(), sorted_vals.end(), make_pair(need, INT_MIN));
        if (it != sorted_vals.end() && it->first == need && it->second < j) {
            printf("%d %d\n", it->second, j);
            return 0;
        }
    }
    printf("-1\n");
    return 0;
}
