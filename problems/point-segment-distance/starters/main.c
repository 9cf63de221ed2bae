#include <math.h>
#include <stdio.h>

int main(void) {
    int q;
    if (scanf("%d", &q) != 1) return 0;
    for (int i = 0; i < q; i++) {
        long long x1, y1, x2, y2, px, py;
        if (scanf("%lld %lld %lld %lld %lld %lld", &x1, &y1, &x2, &y2, &px, &py) != 6) return 0;
        double d = 0.0;
        // TODO: distance from (px, py) to the segment (x1, y1)-(x2, y2)
        printf("%.9f\n", d);
    }
    return 0;
}
