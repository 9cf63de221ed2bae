#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    int *a = malloc(sizeof(int) * n);
    for (int i = 0; i < n; i++) scanf("%d", &a[i]);

    /* TODO: length of the longest strictly increasing subsequence in O(n log n) */
    int answer = 0;

    printf("%d\n", answer);
    return 0;
}
