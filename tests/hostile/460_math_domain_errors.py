# expect: ok
# math.sqrt(-1), math.log(0), math.log(-1) raise.
import math
for f, x in [(math.sqrt, -1), (math.log, 0), (math.log, -1.5)]:
    try:
        print(f(x))
    except ValueError as e:
        print("ValueError", e)
print(math.exp(-1000), math.exp(709))
