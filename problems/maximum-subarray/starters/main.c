#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    long long *a = malloc(sizeof(long long) * n);
    for (int i = 0; i < n; i++) scanf("%lld", &a[i]);

    /* TODO: the largest sum of a non-empty run of consecutive numbers of a */
    long long answer = 0;

    printf("%lld\n", answer);
    return 0;
}
