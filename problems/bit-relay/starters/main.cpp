#include <iostream>
#include <string>
using namespace std;

int main() {
    string kind, data;
    long long n;
    cin >> kind >> n >> data;
    if (kind == "encode") {
        // TODO: pack the n bits of data into at most ceil(n/4) letters
        cout << "a\n";
    } else {
        // TODO: unpack the note in data back into the n bits
        cout << string(n, '0') << '\n';
    }
}
