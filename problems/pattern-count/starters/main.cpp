#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string t, p;
    cin >> t >> p;
    long long count = 0;
    // TODO: count the (possibly overlapping) occurrences of p in t
    cout << count << "\n";
    return 0;
}
