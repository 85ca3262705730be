# pins: functools reduce/lru_cache/cache/total_ordering/cmp_to_key/cached_property/update_wrapper; user descriptors (__get__, __set__, __set_name__)
import asyncio
import functools
from functools import lru_cache, reduce, total_ordering, cmp_to_key, cached_property


print(reduce(lambda a, b: a * b, [1, 2, 3, 4]), reduce(lambda a, b: a + b, [], 10), reduce(max, 'hello'))
for args, kw in [((), {}), ((max,), {}), ((max, [], 1, 2), {}), ((max, []), {}), ((max, 5), {}), ((max, [1]), {'initial': 2})]:
    try:
        print(reduce(*args, **kw))
    except TypeError as e:
        print('TypeError', e)


@lru_cache(maxsize=2)
def square(x):
    print('  computing', x)
    return x * x


for x in [1, 2, 1, 3, 2, 1]:
    print(x, square(x))
print(square.cache_info(), square.cache_parameters(), square.__name__, square.__wrapped__.__name__)
hits, misses, maxsize, currsize = square.cache_info()
print(hits + misses, square.cache_info()[3], square.cache_info().hits)
square.cache_clear()
print(square.cache_info())


@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())


@lru_cache
def ident(x, *, k=0):
    return (x, k)


print(ident(1), ident(1, k=2), ident(1), ident.cache_info())
try:
    ident([1])
except TypeError as e:
    print('TypeError', e)
try:
    lru_cache('x')
except TypeError as e:
    print('TypeError', e)
print(lru_cache(maxsize=None)(abs)(-3), lru_cache(0)(abs)(-4), lru_cache(-5)(abs).cache_info())


@lru_cache(typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind.cache_info().currsize)


@total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return isinstance(other, Version) and self.n == other.n

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.n < other.n

    def __repr__(self):
        return 'V%d' % self.n


a, b = Version(1), Version(2)
print(a < b, a > b, a <= b, a >= b, b >= b, sorted([b, a, Version(0)]), max(a, b))
print(Version.__gt__.__name__, Version.__ge__.__name__)
try:
    a >= 3
except TypeError as e:
    print('TypeError', e)
try:
    total_ordering(type('Empty', (), {}))
except ValueError as e:
    print('ValueError', e)


@total_ordering
class Desc:
    def __init__(self, n):
        self.n = n

    def __ge__(self, other):
        return self.n >= other.n


print(Desc(1) < Desc(2), Desc(2) <= Desc(2), Desc(3) > Desc(2))


def by_length_then_reverse(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x < y) - (x > y)


print(sorted(['bb', 'a', 'ccc', 'aa', 'b'], key=cmp_to_key(by_length_then_reverse)))
k = cmp_to_key(by_length_then_reverse)
print(k('a') < k('bb'), k('aa') == k('aa'), k('x').obj)
try:
    hash(k('a'))
except TypeError as e:
    print('TypeError', type(e).__name__)


class Report:
    def __init__(self, rows):
        self.rows = rows

    @cached_property
    def total(self):
        print('  summing')
        return sum(self.rows)


r = Report([1, 2, 3])
print(r.total, r.total, 'total' in r.__dict__, isinstance(Report.total, cached_property))
del r.total
print(r.total)
try:
    class Twice:
        x = cached_property(lambda self: 1)
        y = x
except RuntimeError as e:
    print('RuntimeError', e, '<-', type(e.__cause__).__name__, e.__cause__)


def outer():
    """doc of outer"""


def inner():
    pass


inner.extra = 1
w = functools.update_wrapper(lambda: None, inner)
print(w.__name__, w.extra, w.__wrapped__ is inner, functools.update_wrapper(inner, outer).__doc__)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


class Typed:
    """A data descriptor: validates on set, reads from the instance dict."""

    def __set_name__(self, owner, name):
        self.name = '_' + name
        print('set_name', owner.__name__, name)

    def __get__(self, obj, owner=None):
        if obj is None:
            return ('class access', owner.__name__)
        return getattr(obj, self.name, 'unset')

    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError('expected an int, got %s' % type(value).__name__)
        setattr(obj, self.name, value)


class Plain:
    def __get__(self, obj, owner=None):
        return 'plain'


class Job:
    retries = Typed()
    label = Plain()


j = Job()
print(j.retries, Job.retries)
j.retries = 3
print(j.retries, j.__dict__)
try:
    j.retries = 'x'
except TypeError as e:
    print('TypeError', e)
print(j.label)
j.label = 'own'
print(j.label, Job.label)


async def main():
    @lru_cache
    def cfg(name):
        return {'name': name}

    async def worker(i):
        await asyncio.sleep(0.1 * i)
        return cfg('db')['name'], cfg.cache_info().hits

    print(await asyncio.gather(*(worker(i) for i in range(3))))


asyncio.run(main())
