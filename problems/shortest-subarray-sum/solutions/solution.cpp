#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    long long target;
    cin >> n >> target;
    vector<long long> a(n);
    for (auto &x : a) cin >> x;
    // Sliding window [left, right]: extend right; while the window already
    // reaches the target, record it and drop elements from the left.
    int best = n + 1, left = 0;
    long long window = 0;  // up to 2*10^14: needs 64 bits
    for (int right = 0; right < n; right++) {
        window += a[right];
        while (window >= target) {
            best = min(best, right - left + 1);
            window -= a[left++];
        }
    }
    cout << (best <= n ? best : 0) << "\n";
    return 0;
}
