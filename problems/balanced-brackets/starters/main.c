#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char s[1000001];

int main(void) {
    int t;
    if (scanf("%d", &t) != 1) return 0;
    for (int i = 0; i < t; i++) {
        scanf("%1000000s", s);
        int n = (int)strlen(s);
        int balanced = 0;
        // TODO: decide whether s[0..n-1] is balanced
        (void)n;
        puts(balanced ? "YES" : "NO");
    }
    return 0;
}
