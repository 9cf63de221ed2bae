#include <stdio.h>
#include <string.h>

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    char kind[8];
    for (int i = 0; i < n; i++) {
        if (scanf("%7s", kind) != 1) return 0;
        if (strcmp(kind, "ride") == 0) {
            long long d, v;
            if (scanf("%lld %lld", &d, &v) != 2) return 0;
            // TODO: a ride of d metres at v metres per second
        } else {
            long long s;
            if (scanf("%lld", &s) != 1) return 0;
            // TODO: a rest of s seconds
        }
    }
    double average = 0;
    printf("%.9f\n", average);
    return 0;
}
