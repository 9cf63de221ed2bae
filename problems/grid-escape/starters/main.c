#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int r, c;
    if (scanf("%d %d", &r, &c) != 2) return 0;
    char **grid = malloc(sizeof(char *) * r);
    for (int i = 0; i < r; i++) {
        grid[i] = malloc(c + 2);
        scanf("%s", grid[i]); /* grid[i][j] is '.', '#', 'S' or 'E' */
    }

    /* TODO: find S, run a breadth-first search, and print the distance to E (or -1) */
    int answer = -1;

    printf("%d\n", answer);
    return 0;
}
