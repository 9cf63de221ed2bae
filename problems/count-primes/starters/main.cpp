#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int q;
    cin >> q;
    vector<int> queries(q);
    for (int &n : queries) cin >> n;
    for (int n : queries) {
        int count = 0;
        // TODO: count the primes p <= n
        (void)n;
        cout << count << "\n";
    }
    return 0;
}
