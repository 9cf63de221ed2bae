// Right sliding window, but the window sum is a 32-bit int: it overflows once
// the window holds more than about 2.1*10^9.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    long long target;
    cin >> n >> target;
    vector<int> a(n);
    for (auto &x : a) cin >> x;
    int best = n + 1, left = 0;
    int window = 0;
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
