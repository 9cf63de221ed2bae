// best[i] = a[i] + the best of best[0..i-2], found by scanning back each
// time: O(n^2). Subtasks 1 and 2 (n <= 1000), not 3: 50 points of 100.
#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    std::vector<long long> a(n), best(n);
    for (auto &v : a) scanf("%lld", &v);
    long long answer = 0;
    for (int i = 0; i < n; i++) {
        long long before = 0;
        for (int j = 0; j + 1 < i; j++) before = std::max(before, best[j]);
        best[i] = a[i] + before;
        answer = std::max(answer, best[i]);
    }
    printf("%lld\n", answer);
    return 0;
}
