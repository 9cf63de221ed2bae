#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int n;
    long long left, right;
    if (scanf("%d", &n) != 1) return 0;
    scanf("%lld %lld", &left, &right);
    long long *a = malloc(sizeof(long long) * n);
    for (int i = 0; i < n; i++) scanf("%lld", &a[i]);

    long long answer = 0;
    // TODO: count the contiguous subarrays of a whose maximum lies in [left, right]

    printf("%lld\n", answer);
    free(a);
    return 0;
}
