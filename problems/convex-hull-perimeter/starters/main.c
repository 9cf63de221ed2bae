#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    long long *x = malloc(sizeof(long long) * n), *y = malloc(sizeof(long long) * n);
    for (int i = 0; i < n; i++)
        if (scanf("%lld %lld", &x[i], &y[i]) != 2) return 0;
    double perimeter = 0.0;
    // TODO: compute the perimeter of the convex hull of the points
    printf("%.6f\n", perimeter);
    free(x);
    free(y);
    return 0;
}
