#include <bits/stdc++.h>
using namespace std;

int main() {
    static char sb[10005], tb[10005];
    if (scanf("%10000s %10000s", sb, tb) != 2) return 0;
    int n = strlen(sb), m = strlen(tb);
    // prev[j] / cur[j]: LCS of the current prefix of s and the first j letters of t
    vector<int> prev(m + 1, 0), cur(m + 1, 0);
    for (int i = 0; i < n; i++) {
        for (int j = 0; j < m; j++) {
            if (sb[i] == tb[j]) cur[j + 1] = prev[j] + 1;
            else cur[j + 1] = max(prev[j + 1], cur[j]);
        }
        swap(prev, cur);
    }
    printf("%d\n", prev[m]);
    return 0;
}
