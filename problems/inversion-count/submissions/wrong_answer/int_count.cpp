// Wrong: a correct merge sort, but the count is a 32-bit int. Up to
// n(n-1)/2 ~ 5*10^9 inversions overflow it. Passes the samples.
#include <bits/stdc++.h>
using namespace std;

vector<int> a, tmp;

int sort_count(int lo, int hi) {  // bug: int instead of long long
    if (hi - lo < 2) return 0;
    int mid = (lo + hi) / 2;
    int count = sort_count(lo, mid) + sort_count(mid, hi);
    int i = lo, j = mid, k = lo;
    while (i < mid && j < hi) {
        if (a[j] < a[i]) {
            count += mid - i;
            tmp[k++] = a[j++];
        } else {
            tmp[k++] = a[i++];
        }
    }
    while (i < mid) tmp[k++] = a[i++];
    while (j < hi) tmp[k++] = a[j++];
    copy(tmp.begin() + lo, tmp.begin() + hi, a.begin() + lo);
    return count;
}

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    a.resize(n);
    tmp.resize(n);
    for (auto &x : a)
        if (scanf("%d", &x) != 1) return 0;
    printf("%d\n", sort_count(0, n));
    return 0;
}
