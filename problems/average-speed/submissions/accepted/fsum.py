# Accepted: sums the times with math.fsum, exactly rounded, and prints Python's shortest repr.
import math
import sys

words = sys.stdin.read().split()
distance, times = 0, []
i = 1
for _ in range(int(words[0])):
    if words[i] == "ride":
        distance += int(words[i + 1])
        times.append(int(words[i + 1]) / int(words[i + 2]))
        i += 3
    else:
        times.append(float(words[i + 1]))
        i += 2
print(distance / math.fsum(times))
