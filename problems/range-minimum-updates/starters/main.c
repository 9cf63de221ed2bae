#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 0;
    long long *a = malloc(sizeof(long long) * (n + 1));
    for (int i = 1; i <= n; i++)
        if (scanf("%lld", &a[i]) != 1) return 0;
    for (int k = 0; k < q; k++) {
        int kind;
        long long u, v;
        if (scanf("%d %lld %lld", &kind, &u, &v) != 3) return 0;
        if (kind == 1) {
            // TODO: set a[u] = v
        } else {
            long long answer = 0;
            // TODO: minimum of a[u..v]
            printf("%lld\n", answer);
        }
    }
    free(a);
    return 0;
}
