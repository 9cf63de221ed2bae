#include <stdio.h>
#include <string.h>

static char s[100000 + 16];

int main(void) {
    if (scanf("%100010s", s) != 1) return 0;
    int n = (int)strlen(s);
    int start = 0, len = 1;
    (void)n;
    // TODO: find the leftmost longest palindromic substring of s
    printf("%d\n%.*s\n", len, len, s + start);
    return 0;
}
