// Convex Hull Perimeter -- reference solution: Andrew's monotone chain,
// O(n log n). Cross products fit in 64 bits: |2*10^9 * 2*10^9| * 2 < 9.2*10^18.
#include <bits/stdc++.h>
using namespace std;
typedef long long ll;
typedef pair<ll, ll> P;

ll cross(const P &o, const P &a, const P &b) {
    return (a.first - o.first) * (b.second - o.second) - (a.second - o.second) * (b.first - o.first);
}

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<P> pts(n);
    for (auto &p : pts)
        if (scanf("%lld %lld", &p.first, &p.second) != 2) return 0;
    sort(pts.begin(), pts.end());
    pts.erase(unique(pts.begin(), pts.end()), pts.end());
    int m = (int)pts.size();
    if (m == 1) {
        printf("0.000000\n");
        return 0;
    }
    vector<P> hull(2 * m);
    int k = 0;
    for (int i = 0; i < m; i++) {  // lower chain
        while (k >= 2 && cross(hull[k - 2], hull[k - 1], pts[i]) <= 0) k--;
        hull[k++] = pts[i];
    }
    for (int i = m - 2, lo = k + 1; i >= 0; i--) {  // upper chain
        while (k >= lo && cross(hull[k - 2], hull[k - 1], pts[i]) <= 0) k--;
        hull[k++] = pts[i];
    }
    k--;  // the last point repeats the first
    double perimeter = 0.0;
    for (int i = 0; i < k; i++) {
        int j = i + 1 < k ? i + 1 : 0;
        ll dx = hull[j].first - hull[i].first, dy = hull[j].second - hull[i].second;
        perimeter += sqrt((double)(dx * dx + dy * dy));
    }
    printf("%.6f\n", perimeter);
    return 0;
}
