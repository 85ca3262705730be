# range past int64: bounds and lengths as big ints, CPython's arithmetic (len, index, slice, in, repr, reversed).
import sys
B = 10**20
r = range(B)
print(r, len(range(5)), bool(range(B, B)), bool(r))
try:
    len(r)
except OverflowError as e:
    print("OverflowError", e)
try:
    len(range(-2**63, 2**63))
except OverflowError as e:
    print("OverflowError", e)
print(list(range(2**63 - 2, 2**63 - 1 + 10, 5)))
print(list(reversed(range(2**63 - 2, 2**63 - 1 + 10, 5))))
print(list(range(-2**63, -2**63 + 3)), list(reversed(range(-2**63, -2**63 + 3))))
print(list(reversed(range(2**63-1, -2**63, -2**62))))
print(range(10)[::10**30], range(10)[10**30:], range(10)[-10**30:3], range(10)[::-10**30])
print(range(B)[B-3:], range(B, 0, -3)[::-1], range(B, 0, -3)[5:2:-1])
print(B - 1 in r, B in r, -1 in r, 10**19 in range(0, B, 10**19), 10**19 + 1 in range(0, B, 10**19))
print(10**20 in range(5), True in range(2), False in range(1, 3))
print(range(5)[10**0], range(B)[-B], range(5)[-1], range(2**62, 2**63+5)[-1])
for bad in (range(5), r):
    for k in (10**30, -10**30, 5, -6):
        try:
            print(bad[k])
        except IndexError as e:
            print("IndexError", e)
print(list(range(B, B + 3)), list(reversed(range(B, B+3))), list(range(B+3, B, -1)))
print(sum(range(B, B + 1000)))
print(list(range(3, -3, -2)), list(reversed(range(3, -3, -2))), list(range(0)), list(reversed(range(0))))
class I:
    def __index__(self): return 10**20
print(range(I()), range(1, I(), I()))
try: range(1.5)
except TypeError as e: print(e)
try: range(0, B, 0)
except ValueError as e: print(e)
print(range(-5, 5, 3)[1:], range(0, -B, -1)[::2], range(0,-B,-1)[-1])
print(len(range(0, B, 10**19)), len(range(B)[::-10**19]))
print(list(range(B)[::-10**19])[:3])
