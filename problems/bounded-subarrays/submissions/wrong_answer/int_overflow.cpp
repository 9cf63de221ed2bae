// Correct algorithm, but the counter is a 32-bit int: the answer can reach
// n*(n+1)/2 = 20000100000 for n = 2*10^5, which overflows.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, left, right;
    cin >> n >> left >> right;
    int lastBig = -1, lastOk = -1, total = 0;
    for (int j = 0; j < n; j++) {
        int v;
        cin >> v;
        if (v > right) lastBig = j;
        else if (v >= left) lastOk = j;
        if (lastOk > lastBig) total += lastOk - lastBig;
    }
    cout << total << "\n";
    return 0;
}
