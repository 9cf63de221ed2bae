#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, q;
    cin >> n >> q;
    vector<long long> a(n + 1);
    for (int i = 1; i <= n; i++) cin >> a[i];

    // TODO: precompute something here

    for (int i = 0; i < q; i++) {
        int l, r;
        cin >> l >> r;
        long long answer = 0;
        // TODO: answer = a[l] + ... + a[r]
        cout << answer << '\n';
    }
    return 0;
}
