// Classic mistake: 32-bit int. Reading 10^18 into an int fails (cin stores
// INT_MAX / INT_MIN), and sums beyond 2^31 - 1 overflow.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int a, b;
    cin >> a >> b;
    cout << a + b << "\n";
    return 0;
}
