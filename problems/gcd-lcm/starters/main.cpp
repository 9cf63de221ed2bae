#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int q;
    cin >> q;
    for (int i = 0; i < q; i++) {
        long long a, b;
        cin >> a >> b;
        long long g = 1, l = 1;
        // TODO: compute g = gcd(a, b) and l = lcm(a, b)
        cout << g << " " << l << "\n";
    }
    return 0;
}
