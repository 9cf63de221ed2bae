#include <bits/stdc++.h>
using namespace std;
const long long MOD = 1000000007LL;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, x;
    cin >> n >> x;
    vector<int> c(n);
    for (auto &v : c) cin >> v;

    // TODO: count the ways to pay x (order does not matter), modulo MOD
    long long answer = 0;

    cout << answer << "\n";
    return 0;
}
