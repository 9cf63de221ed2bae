// Inversion Count -- reference solution: merge sort that counts, while
// merging, how many left-half elements each right-half element jumps over.
#include <bits/stdc++.h>
using namespace std;
typedef long long ll;

vector<ll> a, tmp;

ll sort_count(int lo, int hi) {  // sorts a[lo, hi), returns its inversions
    if (hi - lo < 2) return 0;
    int mid = (lo + hi) / 2;
    ll count = sort_count(lo, mid) + sort_count(mid, hi);
    int i = lo, j = mid, k = lo;
    while (i < mid && j < hi) {
        if (a[j] < a[i]) {  // strict: equal values are not inversions
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
        if (scanf("%lld", &x) != 1) return 0;
    printf("%lld\n", sort_count(0, n));
    return 0;
}
