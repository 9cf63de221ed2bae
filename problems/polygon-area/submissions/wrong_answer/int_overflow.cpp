// Wrong: stores coordinates in 32-bit ints, so x * y (up to 10^12) overflows.
// Passes the samples (small coordinates), fails hidden tests.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<int> x(n), y(n);
    for (int i = 0; i < n; i++)
        if (scanf("%d %d", &x[i], &y[i]) != 2) return 0;
    long long twice = 0;
    for (int i = 0; i < n; i++) {
        int j = (i + 1) % n;
        twice += x[i] * y[j] - x[j] * y[i];  // bug: int * int overflows
    }
    printf("%.6f\n", fabs((double)twice) / 2);
    return 0;
}
