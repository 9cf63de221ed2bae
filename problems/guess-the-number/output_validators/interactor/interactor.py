"""Interactor of guess-the-number: input file "N s"; answers `? x` with <, > or =.

Kattis protocol: interactor input answer feedback_dir; its stdout is the
program's stdin and the program's stdout is its stdin; exit 42 accepts, 43
rejects with the reason in feedback_dir/judgemessage.txt.
"""

import sys

MAX_QUESTIONS = 30


def reject(message):
    with open(sys.argv[3] + "judgemessage.txt", "w") as f:
        f.write(message)
    sys.exit(43)


def main():
    with open(sys.argv[1]) as f:
        n, secret = map(int, f.read().split())
    print(n, flush=True)
    for asked in range(1, MAX_QUESTIONS + 1):
        line = sys.stdin.readline()
        if not line:
            reject(f"the program stopped after {asked - 1} questions without finding the number")
        words = line.split()
        if len(words) != 2 or words[0] != "?" or not words[1].lstrip("-").isdigit():
            reject(f"question {asked}: expected `? x`, got {line.strip()[:40]!r}")
        x = int(words[1])
        if not 1 <= x <= n:
            reject(f"question {asked}: {x} is outside 1 … {n}")
        if x == secret:
            print("=", flush=True)
            if sys.stdin.read(1):
                reject("the program wrote more after the number was found")
            sys.exit(42)
        print("<" if secret < x else ">", flush=True)
    reject(f"{MAX_QUESTIONS} questions asked and the number ({secret}) not found")


main()
