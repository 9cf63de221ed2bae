#include <stdio.h>
#include <string.h>

static char s[10005], t[10005];

int main(void) {
    if (scanf("%10000s %10000s", s, t) != 2) return 0;
    int n = strlen(s), m = strlen(t);

    /* TODO: length of the longest common subsequence of s and t (DP over prefixes) */
    int answer = 0;
    (void)n;
    (void)m;

    printf("%d\n", answer);
    return 0;
}
