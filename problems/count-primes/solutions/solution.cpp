// Count Primes -- reference solution: Sieve of Eratosthenes up to max(n)
// and a prefix-count table, O(N log log N + q).
#include <bits/stdc++.h>
using namespace std;

int main() {
    int q;
    if (scanf("%d", &q) != 1) return 0;
    vector<int> queries(q);
    int limit = 1;
    for (int i = 0; i < q; i++) {
        if (scanf("%d", &queries[i]) != 1) return 0;
        limit = max(limit, queries[i]);
    }
    vector<char> composite(limit + 1, 0);
    vector<int> pi(limit + 1, 0);  // pi[v] = number of primes <= v
    for (long long i = 2; i * i <= limit; i++)
        if (!composite[i])
            for (long long j = i * i; j <= limit; j += i) composite[j] = 1;
    for (int v = 2; v <= limit; v++) pi[v] = pi[v - 1] + (composite[v] ? 0 : 1);
    string out;
    out.reserve((size_t)q * 8);
    for (int v : queries) {
        out += to_string(pi[v]);
        out += '\n';
    }
    fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}
