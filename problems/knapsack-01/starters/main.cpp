#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, cap;
    cin >> n >> cap;
    vector<int> w(n);
    vector<long long> v(n);
    for (int i = 0; i < n; i++) cin >> w[i] >> v[i];

    // TODO: dynamic programming over the capacity: best[c] = max value with weight <= c
    //       (the answer needs 64 bits)
    long long answer = 0;

    cout << answer << "\n";
    return 0;
}
