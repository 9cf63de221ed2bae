#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int t;
    cin >> t;
    string s;
    for (int i = 0; i < t; i++) {
        cin >> s;
        bool balanced = false;
        // TODO: decide whether s is balanced
        cout << (balanced ? "YES" : "NO") << '\n';
    }
    return 0;
}
