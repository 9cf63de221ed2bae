// GCD and LCM -- reference solution: Euclid's algorithm, lcm = a / g * b
// (dividing first keeps every intermediate value <= lcm <= 10^18).
#include <bits/stdc++.h>
using namespace std;
typedef long long ll;

ll gcd_ll(ll a, ll b) {
    while (b != 0) {
        ll r = a % b;
        a = b;
        b = r;
    }
    return a;
}

int main() {
    int q;
    if (scanf("%d", &q) != 1) return 0;
    string out;
    for (int i = 0; i < q; i++) {
        ll a, b;
        if (scanf("%lld %lld", &a, &b) != 2) return 0;
        ll g = gcd_ll(a, b);
        ll l = a / g * b;
        out += to_string(g);
        out += ' ';
        out += to_string(l);
        out += '\n';
    }
    fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}
