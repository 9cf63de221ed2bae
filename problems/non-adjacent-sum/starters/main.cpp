#include <cstdio>
#include <vector>

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    std::vector<long long> a(n);
    for (auto &v : a) scanf("%lld", &v);

    // TODO: the largest sum of values of a, no two of them next to each other
    long long answer = 0;

    printf("%lld\n", answer);
    return 0;
}
