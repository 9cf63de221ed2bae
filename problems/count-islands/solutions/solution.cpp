#include <bits/stdc++.h>
using namespace std;

int main() {
    int r, c;
    if (scanf("%d %d", &r, &c) != 2) return 0;
    int w = c + 2;
    vector<char> g((size_t)(r + 2) * w, '.');
    static char buf[1105];
    for (int i = 0; i < r; i++) {
        scanf("%1100s", buf);
        memcpy(&g[(size_t)(i + 1) * w + 1], buf, c);
    }
    int n = (int)g.size(), islands = 0;
    vector<int> st;
    st.reserve(n);
    int d[4] = {-1, 1, -w, w};
    for (int s = 0; s < n; s++) {
        if (g[s] != '#') continue;
        islands++;
        g[s] = '.';
        st.push_back(s);
        while (!st.empty()) {
            int p = st.back();
            st.pop_back();
            for (int k = 0; k < 4; k++) {
                int q = p + d[k];
                if (g[q] == '#') {
                    g[q] = '.';
                    st.push_back(q);
                }
            }
        }
    }
    printf("%d\n", islands);
    return 0;
}
