// Point to Segment Distance -- reference solution: project the point onto the
// segment's line with a dot product; clamp to the nearer endpoint when the
// projection falls outside. All products are exact 64-bit integers.
#include <bits/stdc++.h>
using namespace std;
typedef long long ll;

int main() {
    int q;
    if (scanf("%d", &q) != 1) return 0;
    string out;
    char buf[64];
    for (int i = 0; i < q; i++) {
        ll x1, y1, x2, y2, px, py;
        if (scanf("%lld %lld %lld %lld %lld %lld", &x1, &y1, &x2, &y2, &px, &py) != 6) return 0;
        ll dx = x2 - x1, dy = y2 - y1, ex = px - x1, ey = py - y1;
        ll len2 = dx * dx + dy * dy, dot = ex * dx + ey * dy;
        double d;
        if (len2 == 0 || dot <= 0) {  // nearest point: A (also when A == B)
            d = sqrt((double)(ex * ex + ey * ey));
        } else if (dot >= len2) {  // nearest point: B
            ll fx = px - x2, fy = py - y2;
            d = sqrt((double)(fx * fx + fy * fy));
        } else {  // the foot of the perpendicular lies on the segment
            d = (double)llabs(ex * dy - ey * dx) / sqrt((double)len2);
        }
        snprintf(buf, sizeof buf, "%.9f\n", d);
        out += buf;
    }
    fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}
