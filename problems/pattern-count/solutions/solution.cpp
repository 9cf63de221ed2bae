// Pattern Count -- reference solution (Knuth-Morris-Pratt), O(|t| + |p|).
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string t, p;
    cin >> t >> p;
    size_t n = t.size(), m = p.size();
    if (m > n) {
        printf("0\n");
        return 0;
    }
    vector<int> pi(m, 0);  // longest proper border of p[0..i]
    for (size_t i = 1, k = 0; i < m; i++) {
        while (k > 0 && p[k] != p[i]) k = pi[k - 1];
        if (p[k] == p[i]) k++;
        pi[i] = (int)k;
    }
    long long count = 0;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        while (k > 0 && p[k] != t[i]) k = pi[k - 1];
        if (p[k] == t[i]) {
            k++;
            if (k == m) {
                count++;
                k = pi[k - 1];  // occurrences may overlap
            }
        }
    }
    printf("%lld\n", count);
    return 0;
}
