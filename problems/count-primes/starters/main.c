#include <stdio.h>

int main(void) {
    int q;
    if (scanf("%d", &q) != 1) return 0;
    for (int i = 0; i < q; i++) {
        int n;
        if (scanf("%d", &n) != 1) return 0;
        int count = 0;
        // TODO: count the primes p <= n
        printf("%d\n", count);
    }
    return 0;
}
