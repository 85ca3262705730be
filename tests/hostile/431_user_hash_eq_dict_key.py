# expect: ok
# A user-defined key type looked up with a fresh but equal instance.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __hash__(self):
        return hash((self.x, self.y))
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

d = {P(1, 2): "a"}
d[P(1, 2)] = "b"
print(len(d), d[P(1, 2)], P(1, 2) in d)
