// Polygon Area -- reference solution: shoelace formula in 64-bit integers
// (|S| <= 10^5 * 2*10^12 fits easily), printed exactly.
#include <bits/stdc++.h>
using namespace std;
typedef long long ll;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<ll> x(n), y(n);
    for (int i = 0; i < n; i++)
        if (scanf("%lld %lld", &x[i], &y[i]) != 2) return 0;
    ll twice = 0;
    for (int i = 0; i < n; i++) {
        int j = (i + 1) % n;
        twice += x[i] * y[j] - x[j] * y[i];
    }
    if (twice < 0) twice = -twice;
    printf("%lld.%d00000\n", twice / 2, twice % 2 ? 5 : 0);
    return 0;
}
