# pins: generator errors with CPython's messages (already executing, PEP 479, throw() argument forms, exhausted generators), exceptions through yield from, gi_* attributes, __iter__ as a generator
def selfish():
    yield next(me)


me = selfish()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
print("after failure:", me.gi_frame, list(me))


def leaks_stop():
    yield 1
    raise StopIteration("inner")


try:
    list(leaks_stop())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


def catcher():
    while True:
        try:
            yield
        except Exception as e:
            print("caught", repr(e))


c = catcher()
next(c)
c.throw(ValueError)
c.throw(ValueError, "with a value")
c.throw(KeyError("instance"))
c.throw(TypeError, ("tuple", 2))
for bad in [lambda: c.throw(ValueError(), 1), lambda: c.throw(1), lambda: c.throw(ValueError, 1, 2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
c.close()
try:
    c.throw(IndexError("after close"))
except IndexError as e:
    print("exhausted generator re-raises", repr(e))
try:
    c.send(None)
except StopIteration as e:
    print("send to exhausted:", repr(e))
print("next with default:", next(c, "dflt"))


def inner():
    try:
        yield "inner 1"
    except KeyError as e:
        print("inner handles", repr(e))
        return "inner result"
    yield "inner 2"


def outer():
    try:
        got = yield from inner()
        print("outer got", got)
        yield "outer 1"
        yield from inner()
    except ZeroDivisionError as e:
        print("outer handles", repr(e))
        yield "outer recovered"


o = outer()
print(next(o))
print(o.throw(KeyError("k")))
print(next(o))
print(o.throw(ZeroDivisionError("z")))
print(list(o))


def fails_inside():
    yield 1
    1 / 0


def wraps():
    try:
        yield from fails_inside()
    except ZeroDivisionError as e:
        print("propagated through yield from:", e)
        return "wrapped"


w = wraps()
next(w)
try:
    next(w)
except StopIteration as e:
    print("return value:", e.value)


def from_list():
    r = yield from [1, 2]
    print("list delegation returns", r)


fl = from_list()
next(fl)
try:
    fl.send(5)
except AttributeError as e:
    print("AttributeError:", e)


def attrs():
    print("inside: running", a.gi_running, "suspended", a.gi_suspended)
    yield 1


a = attrs()
print(a.__name__, a.__qualname__, a.gi_running, a.gi_suspended, iter(a) is a)
next(a)
print("suspended:", a.gi_suspended, a.gi_yieldfrom)
list(a)
print("done:", a.gi_frame, a.gi_suspended)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        for i in range(self.n, 0, -1):
            yield i


print(list(Countdown(3)), sorted(Countdown(4)), max(Countdown(2)))
lam = (lambda: (yield 5))()
print(next(lam), type(lam).__name__)


def exprs():
    x = yield
    print("x =", x)
    print("printed", (yield "second"))
    return (yield) or "fallback"


e = exprs()
next(e)
print(e.send("one"))
e.send("two")
try:
    e.send(None)
except StopIteration as s:
    print("returned", s.value)
