// Classic mistake: an event sweep that, at equal times, processes starts
// before ends. Then [1, 3) and [3, 5) look like they overlap at minute 3.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<pair<long long, int>> events;  // (time, 0 = start / 1 = end)
    for (int i = 0; i < n; i++) {
        long long s, e;
        cin >> s >> e;
        events.push_back({s, 0});
        events.push_back({e, 1});
    }
    sort(events.begin(), events.end());  // ties: start (0) before end (1) -- wrong
    int cur = 0, best = 0;
    for (auto &ev : events) {
        if (ev.second == 0) cur++;
        else cur--;
        best = max(best, cur);
    }
    cout << best << "\n";
    return 0;
}
