#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<long long> a(n), res(n, -1), stack;
    for (auto &x : a) cin >> x;
    // Walk from the right keeping a stack of heights that can still be the
    // answer for something further left (strictly decreasing bottom to top).
    for (int i = n - 1; i >= 0; i--) {
        while (!stack.empty() && stack.back() <= a[i]) stack.pop_back();
        if (!stack.empty()) res[i] = stack.back();
        stack.push_back(a[i]);
    }
    string out;
    out.reserve((size_t)n * 11);
    for (int i = 0; i < n; i++) {
        if (i) out += ' ';
        out += to_string(res[i]);
    }
    out += '\n';
    cout << out;
    return 0;
}
