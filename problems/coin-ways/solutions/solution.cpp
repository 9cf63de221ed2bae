#include <bits/stdc++.h>
using namespace std;
typedef long long ll;
const ll MOD = 1000000007LL;

int main() {
    int n, x;
    if (scanf("%d %d", &n, &x) != 2) return 0;
    vector<ll> ways(x + 1, 0);  // ways[s] = ways to pay s with the coins seen so far
    ways[0] = 1;
    for (int i = 0; i < n; i++) {
        int c;
        scanf("%d", &c);
        for (int s = c; s <= x; s++) ways[s] = (ways[s] + ways[s - c]) % MOD;
    }
    printf("%lld\n", ways[x]);
    return 0;
}
