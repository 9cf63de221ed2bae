#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 0;
    long long *a = malloc(sizeof(long long) * (n + 1));
    for (int i = 1; i <= n; i++) scanf("%lld", &a[i]);

    // TODO: precompute something here

    for (int i = 0; i < q; i++) {
        int l, r;
        scanf("%d %d", &l, &r);
        long long answer = 0;
        // TODO: answer = a[l] + ... + a[r]
        printf("%lld\n", answer);
    }
    free(a);
    return 0;
}
