# User __hash__/__eq__ decide dict keys, set members, `in` and hash(); a class
# with __eq__ but no __hash__ (or __hash__ = None) is unhashable.


class P:
    def __init__(self, x):
        self.x = x

    def __hash__(self):
        return hash(self.x)

    def __eq__(self, other):
        return isinstance(other, P) and self.x == other.x

    def __repr__(self):
        return f"P({self.x})"


d = {P(1): "a", P(2): "b"}
print(P(1) in d, d[P(2)], d.get(P(3)), len({P(1), P(1), P(2)}))
d[P(1)] = "c"
print(d, P(2) in [P(2)], P(2) in {P(2)}, P(2) in (P(2),))
print({P(1): 1} == {P(1): 1}, {P(1)} == {P(1)}, frozenset([P(1)]) == frozenset([P(1)]))


class All:
    def __hash__(self):
        return 7

    def __eq__(self, other):
        return True


s = {All(), All(), All()}
print(len(s), All() in s, 7 in s, s == {1: 2}.keys() or None)


class H:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h


print(hash(H(42)), hash(H(-1)), hash(H(2**64 + 512)), hash(H(-(2**70))), hash(H(True)))


class EqOnly:
    def __eq__(self, other):
        return True


class NoHash:
    __hash__ = None


class BadHash:
    def __hash__(self):
        return "no"


class FloatHash:
    def __hash__(self):
        return 1.5


for make in (EqOnly, NoHash, BadHash, FloatHash):
    for use in (hash, lambda o: {o}, lambda o: {o: 1}, lambda o: set().add(o), lambda o: o in {1}):
        try:
            use(make())
            print(make.__name__, "hashable")
        except TypeError as e:
            print(make.__name__, e)


class Sub(P):
    pass


print(Sub(1) in {P(1)}, P(1) in {Sub(1)}, {P(1): 1, Sub(1): 2})
