#include <bits/stdc++.h>
using namespace std;
typedef long long ll;

int main() {
    int n, cap;
    if (scanf("%d %d", &n, &cap) != 2) return 0;
    vector<ll> best(cap + 1, 0);  // best[c] = max value with weight at most c
    for (int i = 0; i < n; i++) {
        int w;
        ll v;
        scanf("%d %lld", &w, &v);
        for (int c = cap; c >= w; c--) best[c] = max(best[c], best[c - w] + v);
    }
    printf("%lld\n", best[cap]);
    return 0;
}
