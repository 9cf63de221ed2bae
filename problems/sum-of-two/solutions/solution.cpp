#include <bits/stdc++.h>
using namespace std;

int main() {
    long long a, b;  // |a|, |b| <= 10^18, so |a + b| <= 2*10^18 < 2^63
    cin >> a >> b;
    cout << a + b << "\n";
    return 0;
}
