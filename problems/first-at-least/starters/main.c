#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 0;
    long long *a = malloc(sizeof(long long) * n);
    for (int i = 0; i < n; i++) scanf("%lld", &a[i]);
    for (int j = 0; j < q; j++) {
        long long x;
        scanf("%lld", &x);
        int answer = -1;
        // TODO: 1-based position of the first a[i] >= x, or -1
        printf("%d\n", answer);
    }
    free(a);
    return 0;
}
