#include <stdio.h>
#include <string.h>

static char t[1000001 + 16], p[1000001 + 16];

int main(void) {
    if (scanf("%1000010s %1000010s", t, p) != 2) return 0;
    size_t n = strlen(t), m = strlen(p);
    long long count = 0;
    (void)n;
    (void)m;
    // TODO: count the (possibly overlapping) occurrences of p in t
    printf("%lld\n", count);
    return 0;
}
