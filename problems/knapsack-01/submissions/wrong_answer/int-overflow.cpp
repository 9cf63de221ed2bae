// Wrong: values summed in 32-bit int. 100 items of value 10^9 are worth 10^11.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, cap;
    scanf("%d %d", &n, &cap);
    vector<int> best(cap + 1, 0);
    for (int i = 0; i < n; i++) {
        int w, v;
        scanf("%d %d", &w, &v);
        for (int c = cap; c >= w; c--) best[c] = max(best[c], best[c - w] + v);
    }
    printf("%d\n", best[cap]);
    return 0;
}
