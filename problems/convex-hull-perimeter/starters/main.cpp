#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<pair<long long, long long>> points(n);
    for (auto &p : points) cin >> p.first >> p.second;
    double perimeter = 0.0;
    // TODO: compute the perimeter of the convex hull of the points
    cout << fixed << setprecision(6) << perimeter << "\n";
    return 0;
}
