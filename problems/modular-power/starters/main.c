#include <stdio.h>

int main(void) {
    int q;
    if (scanf("%d", &q) != 1) return 0;
    for (int i = 0; i < q; i++) {
        unsigned long long a, b, m;
        if (scanf("%llu %llu %llu", &a, &b, &m) != 3) return 0;
        unsigned long long result = 0;
        // TODO: compute a^b mod m
        printf("%llu\n", result);
    }
    return 0;
}
