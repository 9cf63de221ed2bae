#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int n;
    long long target;
    if (scanf("%d %lld", &n, &target) != 2) return 0;
    long long *a = malloc(sizeof(long long) * n);
    for (int i = 0; i < n; i++)
        if (scanf("%lld", &a[i]) != 1) return 0;
    // TODO: find positions i < j (1-based) with a[i] + a[j] == target
    printf("-1\n");
    free(a);
    return 0;
}
