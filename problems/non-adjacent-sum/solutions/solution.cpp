// take = the best sum of a prefix that uses its last house, skip = one that
// doesn't: each house either extends a skip or is left out. O(n).
#include <algorithm>
#include <cstdio>

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    long long take = 0, skip = 0;
    for (int i = 0; i < n; i++) {
        long long v;
        scanf("%lld", &v);
        long long taken = skip + v;
        skip = std::max(take, skip);
        take = taken;
    }
    printf("%lld\n", std::max(take, skip));
    return 0;
}
