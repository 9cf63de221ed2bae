#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, q;
    cin >> n >> q;
    vector<long long> a(n + 1);
    for (int i = 1; i <= n; i++) cin >> a[i];
    for (int k = 0; k < q; k++) {
        int kind;
        long long u, v;
        cin >> kind >> u >> v;
        if (kind == 1) {
            // TODO: set a[u] = v
        } else {
            long long answer = 0;
            // TODO: minimum of a[u..v]
            cout << answer << "\n";
        }
    }
    return 0;
}
