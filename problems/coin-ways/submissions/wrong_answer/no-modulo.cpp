// Wrong: takes the remainder only when printing. The exact numbers of ways grow far
// beyond 2^63 long before X = 4*10^4, so the 64-bit counters overflow on the way.
#include <bits/stdc++.h>
using namespace std;
const long long MOD = 1000000007LL;

int main() {
    int n, x;
    scanf("%d %d", &n, &x);
    vector<long long> ways(x + 1, 0);
    ways[0] = 1;
    for (int i = 0; i < n; i++) {
        int c;
        scanf("%d", &c);
        for (int s = c; s <= x; s++) ways[s] += ways[s - c];
    }
    printf("%lld\n", ways[x] % MOD);
    return 0;
}
