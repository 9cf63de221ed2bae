// Wrong: computes lcm as a * b / g. The product a * b overflows 64 bits even
// when the lcm itself fits. Passes the samples, fails hidden tests.
#include <bits/stdc++.h>
using namespace std;
typedef unsigned long long u64;

int main() {
    int q;
    if (scanf("%d", &q) != 1) return 0;
    for (int i = 0; i < q; i++) {
        u64 a, b;
        if (scanf("%llu %llu", &a, &b) != 2) return 0;
        u64 x = a, y = b;
        while (y != 0) {
            u64 r = x % y;
            x = y;
            y = r;
        }
        printf("%llu %llu\n", x, a * b / x);  // bug: a * b overflows
    }
    return 0;
}
