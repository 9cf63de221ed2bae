"""Interactor of peak-finder: input file "n" then the n heights; answers
`? i` with h_i, judges `! p`.

Kattis protocol: interactor input answer feedback_dir; exit 42 accepts, 43
rejects with the reason in feedback_dir/judgemessage.txt.
"""

import sys

MAX_QUESTIONS = 40


def reject(message):
    with open(sys.argv[3] + "judgemessage.txt", "w") as f:
        f.write(message)
    sys.exit(43)


def post(word, n, what):
    if not word.isdigit() or not 1 <= int(word) <= n:
        reject(f"{what}: expected a post between 1 and {n}, got {word[:20]!r}")
    return int(word)


def main():
    with open(sys.argv[1]) as f:
        numbers = list(map(int, f.read().split()))
    n, heights = numbers[0], numbers[1:]
    summit = max(range(n), key=heights.__getitem__) + 1
    print(n, flush=True)
    asked = 0
    while True:
        line = sys.stdin.readline()
        if not line:
            reject(f"the program stopped after {asked} questions without naming the summit")
        words = line.split()
        if len(words) != 2 or words[0] not in ("?", "!"):
            reject(f"expected `? i` or `! p`, got {line.strip()[:40]!r}")
        if words[0] == "!":
            p = post(words[1], n, "the answer")
            if p != summit:
                reject(f"post {p} is not the summit (post {summit} is)")
            if sys.stdin.read(1):
                reject("the program wrote more after its answer")
            sys.exit(42)
        asked += 1
        if asked > MAX_QUESTIONS:
            reject(f"more than {MAX_QUESTIONS} questions")
        print(heights[post(words[1], n, f"question {asked}") - 1], flush=True)


main()
