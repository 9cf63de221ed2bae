#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    long long s;
    cin >> n >> s;
    vector<long long> a(n);
    for (auto &x : a) cin >> x;

    int answer = 0;
    // TODO: length of the shortest contiguous subarray with sum >= s (0 if none)

    cout << answer << "\n";
    return 0;
}
