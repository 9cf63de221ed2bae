#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    long long *s = malloc(sizeof(long long) * n);
    long long *e = malloc(sizeof(long long) * n);
    for (int i = 0; i < n; i++) scanf("%lld %lld", &s[i], &e[i]);

    int answer = 0;
    // TODO: minimum number of rooms for the half-open intervals [s, e)

    printf("%d\n", answer);
    free(s);
    free(e);
    return 0;
}
