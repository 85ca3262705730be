# pins: __str__/__repr__/__eq__/__lt__ customization as seen by print, repr, f-strings, containers, sorted
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x and self.y == other.y
    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

class Named:
    def __init__(self, n):
        self.n = n
    def __str__(self):
        return f"<{self.n}>"

class Plain:
    pass

p = Point(1, 2)
print(p, repr(p), str(p), f"{p}", f"{p!r}", [p, Point(0, 0)])
print(p == Point(1, 2), p != Point(2, 1), p == "x", Point(3, 0) < p)
print(sorted([Point(2, 1), Point(1, 5), Point(1, -1)]))
n = Named("x")
print(n, f"{n}", str(n), [str(n)])
print(type(Plain()).__name__, isinstance(Plain(), object))
