#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int t;
    cin >> t;
    string s, out;
    vector<char> stack;
    while (t--) {
        cin >> s;
        stack.clear();
        bool ok = true;
        for (char c : s) {
            if (c == '(' || c == '[' || c == '{') {
                stack.push_back(c);
            } else {
                char want = c == ')' ? '(' : c == ']' ? '[' : '{';
                if (stack.empty() || stack.back() != want) {
                    ok = false;
                    break;
                }
                stack.pop_back();
            }
        }
        out += (ok && stack.empty()) ? "YES\n" : "NO\n";
    }
    cout << out;
    return 0;
}
