# pins: metaclasses (__new__/__init__/__call__, class-level len/iter/getitem/contains/repr, metaclass properties), type(name, bases, dict), __init_subclass__ with class keywords, __set_name__, user __new__, __class_getitem__, C3 MRO with super(), MRO/metaclass/duplicate-base errors
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("Meta.__new__", mcs.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcs, name, bases, ns)
        cls.tag = name.lower()
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args, **kwargs)

    def __len__(cls):
        return 42

    def __iter__(cls):
        return iter([1, 2, 3])

    def __getitem__(cls, k):
        return k * 2

    def __contains__(cls, x):
        return x == "in"

    def __repr__(cls):
        return "<Meta class " + cls.__name__ + ">"

    @property
    def info(cls):
        return "info of " + cls.__name__

    def hello(cls):
        return "hello " + cls.__name__


class A(metaclass=Meta, flavour="x"):
    def __init__(self, v):
        self.v = v


class B(A):
    pass


print(A.tag, B.tag, type(A) is Meta, type(B).__name__, isinstance(A, Meta), isinstance(A, type))
b = B(5)
print(b.v, len(A), list(B), A[4], "in" in A, "out" in B, repr(A), A.info, B.hello())
print(A, [A])

X = type("X", (object,), {"a": 1, "f": lambda self: self.a + 1})
print(X.__name__, X().f(), X.__bases__)


class Base:
    def __init_subclass__(cls, /, prefix="p", **kwargs):
        super().__init_subclass__(**kwargs)
        cls.prefix = prefix
        print("init_subclass", cls.__name__, prefix)


class C1(Base, prefix="c1"):
    pass


class C2(C1):
    pass


print(C1.prefix, C2.prefix)
try:
    class Bad(object, x=1):
        pass
except TypeError as e:
    print("TypeError:", e)


class Desc:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name


class HasDesc:
    first = Desc()
    second = Desc()


print(HasDesc.first.name)


class Single:
    _inst = None

    def __new__(cls, *args):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst

    def __init__(self, n):
        self.n = n


s1 = Single(1)
s2 = Single(2)
print(s1 is s2, s1.n)


class L:
    def __class_getitem__(cls, item):
        return f"L[{item.__name__}]"


print(L[int])


class Left:
    def who(self):
        return "Left>" + super().who()


class Right:
    def who(self):
        return "Right"


class Both(Left, Right):
    pass


print(Both().who(), [c.__name__ for c in Both.__mro__], Both.__bases__)


class M2(type):
    pass


try:
    class Conflict(A, metaclass=M2):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(Left, Left):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Z(Left, Both):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(Single, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    Left(1)
except TypeError as e:
    print("TypeError:", e)


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])

    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        self.log.append("set " + name)
        setattr(self._target, name, value)

    def __delattr__(self, name):
        self.log.append("del " + name)
        delattr(self._target, name)


class Target:
    pass


t = Target()
t.x = 1
p = Proxy(t)
p.y = 2
print(p.x, p.y, t.y)
del p.y
print(hasattr(t, "y"), p.log)
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
