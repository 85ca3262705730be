# pins: == and != give a user __eq__/__ne__ its own result (not a bool); without __ne__, != negates __eq__; containers still compare by truth
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return ("eq", self.v, getattr(o, "v", o))
class N:
    def __ne__(self, o): return "custom ne"
class Q:
    def __eq__(self, o): return isinstance(o, Q)
print(V(1) == V(2), V(1) == 3, 3 == V(1))
print(V(1) != V(2))
print(N() != 1, N() == N())
print(Q() != Q(), Q() != 1, [Q()] == [Q()], Q() in [Q()])
