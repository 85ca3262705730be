import a
import a.b.c as d, e
from a.b import (c, d as e,)
from a import *
from a import b, c
global x, y
del a, b[1], c.d, (e, f), [g]
assert x
assert x, 'msg'
raise
raise X
raise X from Y
x = y = z = 1
a, b = b, a
a, *b = c
*a, b = c
[a, (b, c)] = d
(a, b) = 1, 2
a.b = c[d] = e
x += 1
x -= 1; x *= 2; x /= 3; x //= 4; x %= 5; x **= 6; x <<= 7; x >>= 8; x &= 9; x |= 10; x ^= 11; x @= 12
x: int
x: int = 3
(x): int = 1
a.b: int
a[1]: int = 2
pass
if a:
    pass
elif b:
    pass
elif c: pass
else:
    pass
if x: a; b
if x: a; b;
while x:
    break
    continue
else:
    pass
for x in y:
    pass
else:
    pass
for x, in y: pass
for (a, b), c in d: pass
for x in 1, 2, 3: pass
for i in *a, *b: pass
try:
    pass
except:
    pass
try:
    pass
except E:
    pass
except (E1, E2) as e:
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
with a:
    pass
with a as b, c as d:
    pass
with (a as b, c as d):
    pass
with (a, b):
    pass
with (a, b) as c:
    pass
with (a):
    pass
with (a) as b, c:
    pass
with (yield):
    pass
with a as (b, c):
    pass
def f(): pass
def f(a, b=1, *args, c, d=2, **kwargs) -> int:
    return a
def f(a, /, b, *, c): return
def f(a: int = 1, *args: str, b: 'x' = 2, **kw: dict) -> None: ...
def f(*args): pass
def f(**kw,): pass
def f(a,): pass
def g():
    yield
    yield 1
    yield 1, 2
    x = yield
    y = yield from z
    yield *a, b
    await z
    return *a, b
async def h():
    async with a as b:
        pass
    async for i in x:
        pass
    else:
        pass
    await asyncio.sleep(1)
    return await x
@dec
def f(): pass
@dec.a.b(1, x=2)
@other
async def g(): pass
@d
class C: pass
class C(): pass
class C(B): pass
class C(A, B, metaclass=M, **kw):
    x = 1
    def __init__(self):
        self.x = 1
    async def __aenter__(self):
        return self
class D(Exception):
    """Doc."""
    pass
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
    return inner
match = 1
match.x = 2
match(x)
print(match)
type = 3
case = 4
_ = 5
x = [
    1,
    2,
]
x = (1 +
     2)
x = 1 + \
    2
if (a and
        b):
    pass
