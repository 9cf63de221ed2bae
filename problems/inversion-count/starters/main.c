#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    long long *a = malloc(sizeof(long long) * n);
    for (int i = 0; i < n; i++)
        if (scanf("%lld", &a[i]) != 1) return 0;
    long long inversions = 0;
    // TODO: count the pairs i < j with a[i] > a[j]
    printf("%lld\n", inversions);
    free(a);
    return 0;
}
