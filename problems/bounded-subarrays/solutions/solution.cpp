#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    long long left, right;
    cin >> n >> left >> right;
    // For every end position j, a comfortable period [i, j] needs
    // i > lastBig (no value > right) and i <= lastOk (some value in range).
    long long lastBig = -1, lastOk = -1, total = 0;
    for (int j = 0; j < n; j++) {
        long long v;
        cin >> v;
        if (v > right) lastBig = j;
        else if (v >= left) lastOk = j;
        if (lastOk > lastBig) total += lastOk - lastBig;
    }
    cout << total << "\n";
    return 0;
}
