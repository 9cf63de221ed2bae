#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    int *a = malloc(sizeof(int) * (m + 1)), *b = malloc(sizeof(int) * (m + 1));
    for (int i = 0; i < m; i++) scanf("%d %d", &a[i], &b[i]); /* a before b */

    /* TODO: topological sort that always takes the smallest available course (a min-heap),
             or print IMPOSSIBLE when not every course can be taken */
    for (int k = 1; k <= n; k++) printf("%d%c", k, k == n ? '\n' : ' ');
    return 0;
}
