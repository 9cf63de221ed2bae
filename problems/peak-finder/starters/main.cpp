#include <iostream>

static long long ask(int i) {
    std::cout << "? " << i << std::endl;  // std::endl flushes
    long long h = 0;
    std::cin >> h;
    return h;
}

int main() {
    int n;
    std::cin >> n;
    // TODO: find the summit with at most 40 questions (use ask)
    std::cout << "! " << 1 << std::endl;
    return 0;
}
