#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int q;
    cin >> q;
    for (int i = 0; i < q; i++) {
        unsigned long long a, b, m;
        cin >> a >> b >> m;
        unsigned long long result = 0;
        // TODO: compute a^b mod m
        cout << result << "\n";
    }
    return 0;
}
