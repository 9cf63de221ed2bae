#include <stdio.h>

int main(void) {
    int q;
    if (scanf("%d", &q) != 1) return 0;
    for (int i = 0; i < q; i++) {
        long long a, b;
        if (scanf("%lld %lld", &a, &b) != 2) return 0;
        long long g = 1, l = 1;
        // TODO: compute g = gcd(a, b) and l = lcm(a, b)
        printf("%lld %lld\n", g, l);
    }
    return 0;
}
