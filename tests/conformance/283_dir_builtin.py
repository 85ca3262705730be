# pins: dir() with no argument (module level, in a function, in a method), dir of user classes, instances, subclasses, __slots__, __dir__, exceptions, builtin values and types, modules; the public-name filter real code uses
import asyncio
import math


class Base:
    kind = "base"

    def __init__(self, name):
        self.name = name

    def greet(self):
        return "hi " + self.name

    @property
    def upper(self):
        return self.name.upper()


class Child(Base):
    extra: int = 3

    def __init__(self, name, level):
        super().__init__(name)
        self.level = level
        self._private = True

    def shout(self):
        return self.greet().upper()

    @staticmethod
    def helper():
        return 1

    @classmethod
    def make(cls):
        return cls("x", 0)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]


class AppError(Exception):
    def __init__(self, code):
        super().__init__("failed with %d" % code)
        self.code = code


def public(obj):
    return [n for n in dir(obj) if not n.startswith("_")]


print(dir())
x = 1
print([n for n in dir() if not n.startswith("__")])


def inner(a, b=2):
    c = a + b
    print(dir())
    return c


inner(1)
print(dir(Base))
print(dir(Child("n", 1)))
print(public(Child))
print(public(Child("n", 1)))
print(dir(Slotted()))
print(dir(Custom()))
print(dir(AppError(3)))
print(public(AppError(3)))
print("upper" in dir(Child), "name" in dir(Child), "name" in dir(Child("a", 2)))
print(dir(1) == dir(int), dir("s") == dir(str), len(dir(object)))
print(dir(object))
print(public(1))
print(public("text"))
print(public([]))
print(public({}))
print(public(()))
print(public(1.5))
print(public(True))
print(public(set()))
print(public(None))
print(dir(ValueError) == dir(Exception), public(KeyError("k")))
print("__init__" in dir(Child), "__weakref__" in dir(Base), "__dict__" in dir(Slotted))
print(sorted(set(dir(Child)) - set(dir(Base))))
print([n for n in dir(math) if n in ("sqrt", "pi", "floor")])
print("sleep" in dir(asyncio), "gather" in dir(asyncio))


class Meta:
    def method(self):
        print(sorted(n for n in dir(self) if not n.startswith("__")))
        print(dir())


Meta().method()


def no_locals():
    return dir()


print(no_locals())
for bad in [(1, 2)]:
    try:
        dir(*bad)
    except TypeError as e:
        print("TypeError:", e)


class BadDir:
    def __dir__(self):
        return 5


try:
    dir(BadDir())
except TypeError as e:
    print("TypeError:", e)
