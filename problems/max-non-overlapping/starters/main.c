#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    long long *l = malloc(sizeof(long long) * n);
    long long *r = malloc(sizeof(long long) * n);
    for (int i = 0; i < n; i++) scanf("%lld %lld", &l[i], &r[i]);

    int answer = 0;
    // TODO: maximum number of pairwise non-overlapping closed intervals

    printf("%d\n", answer);
    free(l);
    free(r);
    return 0;
}
