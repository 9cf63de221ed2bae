#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<long long> x(n), y(n);
    for (int i = 0; i < n; i++) cin >> x[i] >> y[i];
    double area = 0.0;
    // TODO: compute the area of the polygon
    cout << fixed << setprecision(6) << area << "\n";
    return 0;
}
