# Wrong: averages the speeds of the rides, as if each lasted as long, and forgets the rests.
import sys

words = sys.stdin.read().split()
speeds = []
i = 1
for _ in range(int(words[0])):
    if words[i] == "ride":
        speeds.append(int(words[i + 2]))
        i += 3
    else:
        i += 2
print(f"{sum(speeds) / len(speeds):.9f}")
