# Wrong: leaves the rests out of the day's time, so a day with a rest comes out too fast.
import sys

words = sys.stdin.read().split()
distance, seconds = 0, 0.0
i = 1
for _ in range(int(words[0])):
    if words[i] == "ride":
        d, v = int(words[i + 1]), int(words[i + 2])
        distance += d
        seconds += d / v
        i += 3
    else:
        i += 2
print(f"{distance / seconds:.9f}")
