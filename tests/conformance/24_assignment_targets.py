# pins: augmented assignment on ints/floats/strings/lists, attribute and subscript targets, chained assignment
class Box:
    def __init__(self):
        self.n = 0
        self.items = []

b = Box()
b.n += 5
b.n *= 3
b.items += [1, 2]
b.items.append(3)
print(b.n, b.items)
d = {"hits": 0, "names": "x"}
d["hits"] += 1
d["hits"] += 1
d["names"] += "y"
print(d)
grid = [[0, 0], [0, 0]]
grid[1][0] += 7
grid[0][1] -= 2
print(grid)
s = "ab"
s *= 3
s += "!"
print(s)
f = 1.5
f /= 2
f **= 2
f -= 0.0625
print(f)
i = 17
i //= 3
i %= 4
i <<= 3
i |= 1
i ^= 3
i &= 14
i >>= 1
print(i)
a = b2 = c = 0
a += 1
print(a, b2, c)
l1 = [1]
l2 = l1
l1 += [2]
print(l1, l2, l1 is l2)
t1 = (1,)
t2 = t1
t1 += (2,)
print(t1, t2, t1 is t2)
x, y = 1, 2
x, y = y, x + y
print(x, y)
lst = [0, 1, 2]
j = 0
j, lst[j] = 2, 9
print(j, lst)
b.items[0], b.items[-1] = b.items[-1], b.items[0]
print(b.items)
