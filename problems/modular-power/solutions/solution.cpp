// Modular Power -- reference solution: binary exponentiation, O(log b) per question.
#include <bits/stdc++.h>
using namespace std;
typedef unsigned long long u64;

u64 power_mod(u64 a, u64 b, u64 m) {
    u64 result = 1 % m;  // m == 1 -> 0
    u64 x = a % m;       // x < 10^9, so x * x < 10^18 fits in 64 bits
    while (b > 0) {
        if (b & 1) result = result * x % m;
        x = x * x % m;
        b >>= 1;
    }
    return result;
}

int main() {
    int q;
    if (scanf("%d", &q) != 1) return 0;
    string out;
    for (int i = 0; i < q; i++) {
        u64 a, b, m;
        if (scanf("%llu %llu %llu", &a, &b, &m) != 3) return 0;
        out += to_string(power_mod(a, b, m));
        out += '\n';
    }
    fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}
