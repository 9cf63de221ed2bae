// Another way: the best subarray ending at j is prefix[j] minus the smallest
// prefix before it. O(n), one pass, no array kept.
#include <cstdio>
#include <algorithm>

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    long long prefix = 0, smallest = 0, best = 0;
    for (int i = 0; i < n; i++) {
        long long v;
        scanf("%lld", &v);
        prefix += v;
        best = i == 0 ? prefix - smallest : std::max(best, prefix - smallest);
        smallest = std::min(smallest, prefix);
    }
    printf("%lld\n", best);
    return 0;
}
