#include <cstdio>

int main() {
    long long n;
    if (std::scanf("%lld", &n) != 1) return 1;
    long long lo = 1, hi = n;
    char reply[4];
    while (true) {
        long long x = lo + (hi - lo) / 2;
        std::printf("? %lld\n", x);
        std::fflush(stdout);
        if (std::scanf("%3s", reply) != 1 || reply[0] == '=') return 0;
        if (reply[0] == '<') hi = x - 1;
        else lo = x + 1;
    }
}
