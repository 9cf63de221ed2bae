#include <stdio.h>

int main(void) {
    long long a, b;
    if (scanf("%lld %lld", &a, &b) != 2) return 0;

    long long answer = 0;
    // TODO: compute the sum of a and b

    printf("%lld\n", answer);
    return 0;
}
