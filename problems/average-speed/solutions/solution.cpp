#include <cstdio>
#include <cstring>

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    long long distance = 0;
    double seconds = 0;
    char kind[8];
    for (int i = 0; i < n; i++) {
        scanf("%7s", kind);
        if (strcmp(kind, "ride") == 0) {
            long long d, v;
            scanf("%lld %lld", &d, &v);
            distance += d;
            seconds += (double)d / v;
        } else {
            long long s;
            scanf("%lld", &s);
            seconds += s;
        }
    }
    printf("%.9f\n", distance / seconds);
    return 0;
}
