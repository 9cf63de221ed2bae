// Right greedy, wrong comparison: l >= lastEnd treats touching closed
// intervals such as [1, 3] and [3, 5] as compatible.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<pair<long long, long long>> iv(n);
    for (auto &p : iv) cin >> p.second >> p.first;
    sort(iv.begin(), iv.end());
    int count = 0;
    long long lastEnd = -1;
    for (auto &p : iv) {
        if (p.second >= lastEnd) {
            count++;
            lastEnd = p.first;
        }
    }
    cout << count << "\n";
    return 0;
}
