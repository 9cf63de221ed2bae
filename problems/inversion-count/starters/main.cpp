#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<long long> a(n);
    for (auto &x : a) cin >> x;
    long long inversions = 0;
    // TODO: count the pairs i < j with a[i] > a[j]
    cout << inversions << "\n";
    return 0;
}
