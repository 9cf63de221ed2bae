#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<int> a(n);
    for (auto &x : a) cin >> x;

    // TODO: length of the longest strictly increasing subsequence in O(n log n)
    int answer = 0;

    cout << answer << "\n";
    return 0;
}
