#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int q;
    cin >> q;
    cout << fixed << setprecision(9);
    for (int i = 0; i < q; i++) {
        long long x1, y1, x2, y2, px, py;
        cin >> x1 >> y1 >> x2 >> y2 >> px >> py;
        double d = 0.0;
        // TODO: distance from (px, py) to the segment (x1, y1)-(x2, y2)
        cout << d << "\n";
    }
    return 0;
}
