#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int r, c;
    if (scanf("%d %d", &r, &c) != 2) return 0;
    char **grid = malloc(sizeof(char *) * r);
    for (int i = 0; i < r; i++) {
        grid[i] = malloc(c + 2);
        scanf("%s", grid[i]); /* grid[i][j] is '#' (land) or '.' (water) */
    }

    /* TODO: count the groups of side-connected '#' cells (use an explicit stack, not recursion) */
    int islands = 0;

    printf("%d\n", islands);
    return 0;
}
