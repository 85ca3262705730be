# pins: gi_frame/gi_running/gi_suspended and inspect.getgeneratorstate across a generator's life; coroutine cr_* counterparts
import inspect


def gen():
    print("running:", g.gi_running)
    yield 1


g = gen()
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g), g.gi_suspended)
for _ in g:
    pass
print(inspect.getgeneratorstate(g), g.gi_frame)


async def coro():
    return 1


c = coro()
print(inspect.getcoroutinestate(c), c.cr_running)
try:
    c.send(None)
except StopIteration as e:
    print("value", e.value)
print(inspect.getcoroutinestate(c), c.cr_frame)
