#include <stdio.h>

static long long ask(int i) {
    printf("? %d\n", i);
    fflush(stdout); /* flush each question */
    long long h = 0;
    if (scanf("%lld", &h) != 1) h = 0;
    return h;
}

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    /* TODO: find the summit with at most 40 questions (use ask) */
    printf("! %d\n", 1);
    fflush(stdout);
    return 0;
}
