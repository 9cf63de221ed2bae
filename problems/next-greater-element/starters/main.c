#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    long long *a = malloc(sizeof(long long) * n);
    long long *res = malloc(sizeof(long long) * n);
    for (int i = 0; i < n; i++) scanf("%lld", &a[i]);

    for (int i = 0; i < n; i++) res[i] = -1;
    // TODO: res[i] = first a[j] > a[i] with j > i, or -1

    for (int i = 0; i < n; i++) printf(i ? " %lld" : "%lld", res[i]);
    printf("\n");
    free(a);
    free(res);
    return 0;
}
