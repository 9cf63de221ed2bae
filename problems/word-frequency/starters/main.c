#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    int n, k;
    if (scanf("%d %d", &n, &k) != 2) return 0;
    char (*words)[21] = malloc(sizeof(*words) * n);
    for (int i = 0; i < n; i++) scanf("%20s", words[i]);

    // TODO: find the k most frequent words (equal counts: alphabetical order)
    //       and print each as "word count". Hint: qsort + strcmp.
    for (int i = 0; i < k; i++) printf("%s %d\n", words[0], 0);

    free(words);
    return 0;
}
