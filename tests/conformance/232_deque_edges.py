# pins: deque edges (and a user __eq__/__lt__ returning NotImplemented passing to the other side): maxlen 0 and negative, indexing and its errors, insert into a full deque, remove/index misses, comparisons, + and +=, rotate by more than the length, copy keeps maxlen, extend with itself
from collections import deque

d = deque(maxlen=0)
d.append(1)
d.appendleft(2)
print(d, len(d), bool(d))
try:
    deque(maxlen=-1)
except ValueError as e:
    print("ValueError:", e)
d = deque("abcde")
print(d[0], d[-1], "c" in d, "z" in d)
d[1] = "B"
del d[0]
print(d)
for bad in (10, -10):
    try:
        d[bad]
    except IndexError as e:
        print("IndexError:", e)
try:
    d["x"]
except TypeError as e:
    print("TypeError:", e)
full = deque([1, 2], maxlen=2)
try:
    full.insert(0, 9)
except IndexError as e:
    print("IndexError:", e)
for op in (lambda: d.remove("zz"), lambda: d.index("zz")):
    try:
        op()
    except ValueError as e:
        print("ValueError:", e)
print(d.index("e", -2), d.index("d", 1, 10))
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) < deque([1, 3]), deque([1]) == [1])
x = deque([1, 2], maxlen=3) + deque([3, 4])
print(x, x.maxlen)
x += [5]
print(x)
r = deque(range(5))
r.rotate(7)
print(r)
r.rotate(-12)
print(r, r.copy().maxlen, full.copy())
r.extend(r)
print(r, list(reversed(deque("xyz"))))
r.clear()
r.reverse()
print(r, deque() == deque(), deque([1]) * 3)

class Other:
    def __eq__(self, other):
        return True

    def __lt__(self, other):
        return NotImplemented


print(deque() == Other(), Other() == deque())
try:
    Other() < Other()
except TypeError as e:
    print("TypeError:", e)
