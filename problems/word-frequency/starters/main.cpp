#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, k;
    cin >> n >> k;
    vector<string> words(n);
    for (auto &w : words) cin >> w;

    vector<pair<string, int>> result;  // (word, count), in the required order
    // TODO: the k most frequent words; equal counts in alphabetical order

    for (int i = 0; i < k && i < (int)result.size(); i++)
        cout << result[i].first << ' ' << result[i].second << '\n';
    return 0;
}
