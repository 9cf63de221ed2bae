#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    int *a = malloc(sizeof(int) * (m + 1)), *b = malloc(sizeof(int) * (m + 1));
    int *w = malloc(sizeof(int) * (m + 1));
    for (int i = 0; i < m; i++) scanf("%d %d %d", &a[i], &b[i], &w[i]);

    /* TODO: Kruskal's algorithm with union-find (64-bit total);
             print IMPOSSIBLE if not all cities connect */
    long long answer = 0;

    printf("%lld\n", answer);
    return 0;
}
