# pins: a suspended generator freed (for-break, rebinding, del) is closed at once: its finally runs before the next statement; one that yields or raises on close is ignored
def g(tag):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", tag)
for x in g("a"):
    break
print("after a")
def outer():
    try:
        yield from g("inner")
    finally:
        print("outer cleanup")
for x in outer():
    print("got", x)
    break
print("after outer")
it = g("b")
next(it)
it = None
print("after b")
def ignores():
    try:
        yield 1
    except GeneratorExit:
        print("ignoring")
        yield 2
x = ignores()
next(x)
del x
print("after ignores")
def raises():
    try:
        yield 1
    finally:
        raise ValueError("in finally")
r = raises()
next(r)
r = 5
print("end")
