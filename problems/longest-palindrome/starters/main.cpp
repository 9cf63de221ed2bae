#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string s;
    cin >> s;
    int start = 0, len = 1;
    // TODO: find the leftmost longest palindromic substring of s
    cout << len << "\n" << s.substr(start, len) << "\n";
    return 0;
}
