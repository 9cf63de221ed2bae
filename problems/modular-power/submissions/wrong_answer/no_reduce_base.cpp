// Wrong: forgets to reduce a modulo m before squaring. With a up to 10^18,
// x * x overflows 64 bits. Passes the samples (small a), fails hidden tests.
#include <bits/stdc++.h>
using namespace std;
typedef unsigned long long u64;

int main() {
    int q;
    if (scanf("%d", &q) != 1) return 0;
    for (int i = 0; i < q; i++) {
        u64 a, b, m;
        if (scanf("%llu %llu %llu", &a, &b, &m) != 3) return 0;
        u64 result = 1 % m, x = a;  // bug: should be a % m
        while (b > 0) {
            if (b & 1) result = result * x % m;
            x = x * x % m;
            b >>= 1;
        }
        printf("%llu\n", result);
    }
    return 0;
}
