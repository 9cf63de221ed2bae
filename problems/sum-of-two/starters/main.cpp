#include <bits/stdc++.h>
using namespace std;

int main() {
    long long a, b;
    cin >> a >> b;

    long long answer = 0;
    // TODO: compute the sum of a and b

    cout << answer << "\n";
    return 0;
}
