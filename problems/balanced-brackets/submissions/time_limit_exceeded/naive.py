# Naive: keep deleting adjacent matching pairs "()", "[]", "{}" until nothing
# changes. Correct, but a deeply nested string loses only one pair per pass:
# O(n^2) on "((((...))))".
import sys


def main():
    data = sys.stdin.read().split()
    t = int(data[0])
    out = []
    for s in data[1:1 + t]:
        while True:
            shorter = s.replace("()", "").replace("[]", "").replace("{}", "")
            if shorter == s:
                break
            s = shorter
        out.append("YES" if s == "" else "NO")
    sys.stdout.write("\n".join(out) + "\n")


main()
