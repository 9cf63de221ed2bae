#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string s, t;
    cin >> s >> t;

    // TODO: length of the longest common subsequence of s and t (DP over prefixes)
    int answer = 0;

    cout << answer << "\n";
    return 0;
}
