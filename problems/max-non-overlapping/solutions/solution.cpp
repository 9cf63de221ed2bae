#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<pair<long long, long long>> iv(n);  // (r, l): sorted by right end
    for (auto &p : iv) cin >> p.second >> p.first;
    sort(iv.begin(), iv.end());
    // Greedy: always take the interval that ends first among those that do
    // not touch the last one taken (closed intervals: need l > lastEnd).
    int count = 0;
    long long lastEnd = -1;
    for (auto &p : iv) {
        if (p.second > lastEnd) {
            count++;
            lastEnd = p.first;
        }
    }
    cout << count << "\n";
    return 0;
}
