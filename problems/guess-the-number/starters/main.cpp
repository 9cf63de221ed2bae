#include <iostream>
#include <string>

int main() {
    long long n;
    std::cin >> n;
    std::string reply;
    // TODO: ask "? x" questions (flush each one!) until the judge answers "="
    std::cout << "? " << 1 << std::endl;  // std::endl flushes
    std::cin >> reply;
    return 0;
}
