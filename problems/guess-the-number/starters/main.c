#include <stdio.h>

int main(void) {
    long long n;
    if (scanf("%lld", &n) != 1) return 1;
    char reply[4];
    /* TODO: ask "? x" questions (flush each one!) until the judge answers "=" */
    printf("? %d\n", 1);
    fflush(stdout);
    if (scanf("%3s", reply) != 1) return 0;
    return 0;
}
