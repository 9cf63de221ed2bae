#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<long long> a(n);
    for (auto &x : a) cin >> x;

    vector<long long> res(n, -1);
    // TODO: res[i] = first a[j] > a[i] with j > i, or -1

    for (int i = 0; i < n; i++) cout << (i ? " " : "") << res[i];
    cout << "\n";
    return 0;
}
