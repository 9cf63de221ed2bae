#include <cstdio>

static long long ask(int i) {
    std::printf("? %d\n", i);
    std::fflush(stdout);
    long long h = 0;
    if (std::scanf("%lld", &h) != 1) h = 0;
    return h;
}

int main() {
    int n;
    if (std::scanf("%d", &n) != 1) return 1;
    int lo = 1, hi = n;
    while (lo < hi) {
        int m = lo + (hi - lo) / 2;
        long long a = ask(m);
        long long b = ask(m + 1);
        if (a < b) lo = m + 1;
        else hi = m;
    }
    std::printf("! %d\n", lo);
    std::fflush(stdout);
}
