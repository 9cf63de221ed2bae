// Longest Palindrome -- reference solution (Manacher's algorithm), O(n).
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string s;
    cin >> s;
    int n = (int)s.size();
    // t = # s0 # s1 # ... # s(n-1) #  ; radius k around i <=> palindrome of s
    // of length k starting at (i - k) / 2 (odd and even lengths alike).
    int m = 2 * n + 1;
    vector<char> t(m, '#');
    for (int i = 0; i < n; i++) t[2 * i + 1] = s[i];
    vector<int> rad(m, 0);
    int c = 0, r = 0, bestLen = 0, bestCenter = 0;
    for (int i = 0; i < m; i++) {
        int k = 0;
        if (i < r) k = min(rad[2 * c - i], r - i);
        while (i - k - 1 >= 0 && i + k + 1 < m && t[i - k - 1] == t[i + k + 1]) k++;
        rad[i] = k;
        if (i + k > r) {
            c = i;
            r = i + k;
        }
        if (k > bestLen) {  // strict: the leftmost start wins ties
            bestLen = k;
            bestCenter = i;
        }
    }
    int start = (bestCenter - bestLen) / 2;
    cout << bestLen << "\n" << s.substr(start, bestLen) << "\n";
    return 0;
}
