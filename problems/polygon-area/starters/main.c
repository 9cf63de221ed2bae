#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    long long *x = malloc(sizeof(long long) * n), *y = malloc(sizeof(long long) * n);
    for (int i = 0; i < n; i++)
        if (scanf("%lld %lld", &x[i], &y[i]) != 2) return 0;
    double area = 0.0;
    // TODO: compute the area of the polygon
    printf("%.6f\n", area);
    free(x);
    free(y);
    return 0;
}
