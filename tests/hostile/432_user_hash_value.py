# expect: ok
# hash() of an instance returns what its __hash__ returns (CPython maps -1 to -2 and reduces big ints).
class A:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h

print(hash(A(42)), hash(A(-1)), hash(A(2**70)), hash(A(-(2**64))))
