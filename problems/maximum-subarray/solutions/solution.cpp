// Kadane: the best sum of a subarray ending here is this element, or this
// element after the best sum ending just before it. O(n).
#include <cstdio>

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    long long best = 0, current = 0;
    for (int i = 0; i < n; i++) {
        long long v;
        scanf("%lld", &v);
        current = (i == 0 || current < 0) ? v : current + v;
        if (i == 0 || current > best) best = current;
    }
    printf("%lld\n", best);
    return 0;
}
