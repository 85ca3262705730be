# pins: inspect.getgeneratorstate/getcoroutinestate through every state (running seen from inside, suspended, closed by close(), by an exception, before starting), gi_*/cr_* attributes, a task's coroutine state while it sleeps; a user __hash__ returning hash(str) keys dicts like the str
import asyncio
import inspect


def gen():
    print("inside:", inspect.getgeneratorstate(g), g.gi_running)
    yield 1
    yield 2


g = gen()
print(inspect.getgeneratorstate(g), g.gi_running, g.gi_suspended, g.gi_frame is not None)
next(g)
print(inspect.getgeneratorstate(g), g.gi_suspended)
g.close()
print(inspect.getgeneratorstate(g), g.gi_frame, g.gi_suspended)

unstarted = gen()
unstarted.close()
print("closed before start:", inspect.getgeneratorstate(unstarted))


def boom():
    yield 1
    raise ValueError("boom")


b = boom()
next(b)
try:
    next(b)
except ValueError as e:
    print("raised", e, inspect.getgeneratorstate(b))

print(inspect.GEN_CREATED, inspect.GEN_RUNNING, inspect.CORO_SUSPENDED, inspect.CORO_CLOSED)


async def sleeper():
    await asyncio.sleep(1)
    return "done"


async def main():
    c = sleeper()
    print(inspect.getcoroutinestate(c), c.cr_running, c.cr_suspended)
    task = asyncio.create_task(c)
    await asyncio.sleep(0.5)
    print("while sleeping:", inspect.getcoroutinestate(c), c.cr_suspended)
    print(await task, inspect.getcoroutinestate(c), c.cr_frame)

    async def me():
        return inspect.getcoroutinestate(inner)

    inner = me()
    print("from inside:", await inner)


asyncio.run(main())


class Key:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        return self.name == other


print(hash(Key("a")) == hash("a"), {"a": 1}[Key("a")], {"a": 1}.get(Key("b")), Key("x") in {"x", "y"})
