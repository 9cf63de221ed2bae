#include <bits/stdc++.h>
using namespace std;

vector<int> parent_, size_;

int find(int x) {
    int root = x;
    while (parent_[root] != root) root = parent_[root];
    while (parent_[x] != root) {
        int next = parent_[x];
        parent_[x] = root;
        x = next;
    }
    return root;
}

int main() {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 0;
    parent_.resize(n + 1);
    size_.assign(n + 1, 1);
    iota(parent_.begin(), parent_.end(), 0);
    string out;
    char op[8];
    for (int i = 0; i < q; i++) {
        int a, b;
        scanf("%7s %d %d", op, &a, &b);
        int ra = find(a), rb = find(b);
        if (op[0] == 'u') {
            if (ra != rb) {
                if (size_[ra] < size_[rb]) swap(ra, rb);
                parent_[rb] = ra;
                size_[ra] += size_[rb];
            }
        } else {
            out += (ra == rb) ? "YES\n" : "NO\n";
        }
    }
    fputs(out.c_str(), stdout);
    return 0;
}
