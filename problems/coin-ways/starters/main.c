#include <stdio.h>
#include <stdlib.h>

#define MOD 1000000007LL

int main(void) {
    int n, x;
    if (scanf("%d %d", &n, &x) != 2) return 0;
    int *c = malloc(sizeof(int) * n);
    for (int i = 0; i < n; i++) scanf("%d", &c[i]);

    /* TODO: count the ways to pay x (order does not matter), modulo MOD */
    long long answer = 0;

    printf("%lld\n", answer);
    return 0;
}
