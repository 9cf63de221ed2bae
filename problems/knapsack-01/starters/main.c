#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int n, cap;
    if (scanf("%d %d", &n, &cap) != 2) return 0;
    int *w = malloc(sizeof(int) * n);
    long long *v = malloc(sizeof(long long) * n);
    for (int i = 0; i < n; i++) scanf("%d %lld", &w[i], &v[i]);

    /* TODO: dynamic programming over the capacity: best[c] = max value with weight <= c
             (the answer needs 64 bits) */
    long long answer = 0;

    printf("%lld\n", answer);
    return 0;
}
