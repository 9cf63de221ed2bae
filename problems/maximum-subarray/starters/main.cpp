#include <cstdio>
#include <vector>

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    std::vector<long long> a(n);
    for (auto &v : a) scanf("%lld", &v);

    // TODO: the largest sum of a non-empty run of consecutive numbers of a
    long long answer = 0;

    printf("%lld\n", answer);
    return 0;
}
