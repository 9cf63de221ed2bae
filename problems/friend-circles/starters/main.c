#include <stdio.h>

int main(void) {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 0;
    char op[8];
    for (int i = 0; i < q; i++) {
        int a, b;
        scanf("%7s %d %d", op, &a, &b);
        if (op[0] == 'u') {
            /* TODO: merge the circles of a and b (union-find) */
        } else {
            puts("NO"); /* TODO: YES if a and b are in the same circle */
        }
    }
    return 0;
}
