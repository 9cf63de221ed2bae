#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    long long left, right;
    cin >> n >> left >> right;
    vector<long long> a(n);
    for (auto &x : a) cin >> x;

    long long answer = 0;
    // TODO: count the contiguous subarrays of a whose maximum lies in [left, right]

    cout << answer << "\n";
    return 0;
}
