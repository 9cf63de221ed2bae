#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int r, c;
    cin >> r >> c;
    vector<string> grid(r);  // grid[i][j] is '#' (land) or '.' (water)
    for (auto &row : grid) cin >> row;

    // TODO: count the groups of side-connected '#' cells (use an explicit stack, not recursion)
    int islands = 0;

    cout << islands << "\n";
    return 0;
}
