#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    static char kind[16], data[1000001];
    long n;
    if (scanf("%15s %ld %1000000s", kind, &n, data) != 3) return 1;
    if (strcmp(kind, "encode") == 0) {
        /* TODO: pack the n bits of data into at most ceil(n/4) letters */
        printf("a\n");
    } else {
        /* TODO: unpack the note in data back into the n bits */
        for (long i = 0; i < n; i++) putchar('0');
        putchar('\n');
    }
    return 0;
}
