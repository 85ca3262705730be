# pins: generator.throw() raises at the paused yield; the generator may handle it and yield again, or let it propagate
def resilient():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            print("generator handled", repr(e))
            n += 100
        n += 1


g = resilient()
print(next(g))
print(next(g))
print("throw ->", g.throw(ValueError("oops")))
print(next(g))


def fragile():
    yield 1
    yield 2


f = fragile()
next(f)
try:
    f.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print("after throw:", list(f))
