#include <cstdio>
#include <iostream>
#include <string>

int main() {
    std::ios::sync_with_stdio(false);
    int n;
    if (!(std::cin >> n)) return 0;
    for (int i = 0; i < n; i++) {
        std::string kind;
        std::cin >> kind;
        if (kind == "ride") {
            long long d, v;
            std::cin >> d >> v;
            // TODO: a ride of d metres at v metres per second
        } else {
            long long s;
            std::cin >> s;
            // TODO: a rest of s seconds
        }
    }
    double average = 0;
    printf("%.9f\n", average);
    return 0;
}
