#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    int *a = malloc(sizeof(int) * (m + 1)), *b = malloc(sizeof(int) * (m + 1));
    long long *w = malloc(sizeof(long long) * (m + 1));
    for (int i = 0; i < m; i++) scanf("%d %d %lld", &a[i], &b[i], &w[i]);

    /* TODO: Dijkstra's algorithm from town 1 with 64-bit distances; -1 for unreachable towns */
    long long *dist = malloc(sizeof(long long) * (n + 1));
    for (int k = 1; k <= n; k++) dist[k] = -1;

    for (int k = 1; k <= n; k++) printf("%lld%c", dist[k], k == n ? '\n' : ' ');
    return 0;
}
