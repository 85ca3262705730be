# range slicing and reversed() answer by arithmetic, however long the range.
r = range(10**18)
print(r[10**18 - 1], r[-10**17], len(r), len(r[::3]), r[10**17:][:2])
print(list(reversed(range(0, 10, 3))), list(reversed(range(5, -5, -2))), list(reversed(range(0))))
print(list(range(10)[::-2]), range(10)[2:8:3], range(10)[::-1], range(5)[10:], range(-3, 30, 4)[-2:1:-3])
print(next(reversed(range(10**18))), r[::-1][:3], list(r[5:2:-1]))
