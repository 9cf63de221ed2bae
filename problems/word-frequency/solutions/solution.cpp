#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, k;
    cin >> n >> k;
    unordered_map<string, int> counts;
    counts.reserve(n * 2);
    string w;
    for (int i = 0; i < n; i++) {
        cin >> w;
        counts[w]++;
    }
    vector<pair<int, string>> ranked;  // (-count, word): ascending = wanted order
    ranked.reserve(counts.size());
    for (auto &kv : counts) ranked.push_back({-kv.second, kv.first});
    sort(ranked.begin(), ranked.end());
    string out;
    for (int i = 0; i < k; i++) {
        out += ranked[i].second;
        out += ' ';
        out += to_string(-ranked[i].first);
        out += '\n';
    }
    cout << out;
    return 0;
}
