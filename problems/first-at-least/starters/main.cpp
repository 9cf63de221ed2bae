#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, q;
    cin >> n >> q;
    vector<long long> a(n);
    for (auto &x : a) cin >> x;
    for (int j = 0; j < q; j++) {
        long long x;
        cin >> x;
        int answer = -1;
        // TODO: 1-based position of the first a[i] >= x, or -1
        cout << answer << '\n';
    }
    return 0;
}
