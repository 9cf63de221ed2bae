#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int n;
    long long s;
    if (scanf("%d %lld", &n, &s) != 2) return 0;
    long long *a = malloc(sizeof(long long) * n);
    for (int i = 0; i < n; i++) scanf("%lld", &a[i]);

    int answer = 0;
    // TODO: length of the shortest contiguous subarray with sum >= s (0 if none)

    printf("%d\n", answer);
    free(a);
    return 0;
}
