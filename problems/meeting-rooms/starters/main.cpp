#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<long long> s(n), e(n);
    for (int i = 0; i < n; i++) cin >> s[i] >> e[i];

    int answer = 0;
    // TODO: minimum number of rooms for the half-open intervals [s, e)

    cout << answer << "\n";
    return 0;
}
