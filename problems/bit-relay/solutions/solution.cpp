// Four bits per letter (a..p), the last group padded with zeros.
#include <iostream>
#include <string>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string kind, data;
    long long n;
    cin >> kind >> n >> data;
    string out;
    if (kind == "encode") {
        for (long long i = 0; i < n; i += 4) {
            int v = 0;
            for (long long j = i; j < i + 4; j++) v = v * 2 + (j < n && data[j] == '1');
            out += char('a' + v);
        }
    } else {
        for (char c : data)
            for (int b = 3; b >= 0; b--) out += char('0' + (((c - 'a') >> b) & 1));
        out.resize(n);
    }
    cout << out << '\n';
}
