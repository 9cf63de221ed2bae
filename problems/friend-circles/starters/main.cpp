#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, q;
    cin >> n >> q;
    string op;
    for (int i = 0; i < q; i++) {
        int a, b;
        cin >> op >> a >> b;
        if (op == "union") {
            // TODO: merge the circles of a and b (union-find)
        } else {
            cout << "NO\n";  // TODO: YES if a and b are in the same circle
        }
    }
    return 0;
}
