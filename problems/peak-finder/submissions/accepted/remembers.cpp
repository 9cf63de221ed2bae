// Accepted: the same halving, asking each post at most once (a map of the heights seen).
#include <cstdio>
#include <map>

static std::map<int, long long> seen;

static long long ask(int i) {
    auto it = seen.find(i);
    if (it != seen.end()) return it->second;
    std::printf("? %d\n", i);
    std::fflush(stdout);
    long long h = 0;
    if (std::scanf("%lld", &h) != 1) h = 0;
    return seen[i] = h;
}

int main() {
    int n;
    if (std::scanf("%d", &n) != 1) return 1;
    int lo = 1, hi = n;
    while (lo < hi) {
        int m = lo + (hi - lo) / 2;
        if (ask(m) < ask(m + 1)) lo = m + 1;
        else hi = m;
    }
    std::printf("! %d\n", lo);
    std::fflush(stdout);
}
