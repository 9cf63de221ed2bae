#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int r, c;
    cin >> r >> c;
    vector<string> grid(r);  // grid[i][j] is '.', '#', 'S' or 'E'
    for (auto &row : grid) cin >> row;

    // TODO: find S, run a breadth-first search, and print the distance to E (or -1)
    int answer = -1;

    cout << answer << "\n";
    return 0;
}
