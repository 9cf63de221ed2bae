#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<long long> starts(n), ends(n);
    for (int i = 0; i < n; i++) cin >> starts[i] >> ends[i];
    sort(starts.begin(), starts.end());
    sort(ends.begin(), ends.end());
    // Sweep the starts in time order; j counts the meetings that have ended by
    // then (end <= start: a room freed at t can be reused at t).
    int best = 0, j = 0;
    for (int i = 0; i < n; i++) {
        while (ends[j] <= starts[i]) j++;
        best = max(best, i + 1 - j);
    }
    cout << best << "\n";
    return 0;
}
