# pins: C3 linearization (__mro__ order) for a diamond and a deeper hierarchy, cooperative super().__init__ chains, an inconsistent MRO TypeError
class Base:
    def __init__(self):
        print("Base init")

    def hello(self):
        return "Base"


class Left(Base):
    def __init__(self):
        print("Left init")
        super().__init__()

    def hello(self):
        return "Left>" + super().hello()


class Right(Base):
    def __init__(self):
        print("Right init")
        super().__init__()

    def hello(self):
        return "Right>" + super().hello()


class Child(Left, Right):
    def __init__(self):
        print("Child init")
        super().__init__()


print([c.__name__ for c in Child.__mro__])
c = Child()
print(c.hello())


class A: pass
class B: pass
class C: pass
class D: pass
class E: pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass


print([k.__name__ for k in Z.mro()])
print(super(Left, c).hello(), isinstance(c, Right), issubclass(Child, Base))
try:
    class Bad(Base, Left):
        pass
except TypeError as e:
    print("TypeError:", e)
