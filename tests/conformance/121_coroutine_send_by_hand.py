# pins: driving a coroutine by hand with send(None): it yields what its awaitable yields and finishes with StopIteration(value)
import types


class Yielder:
    def __init__(self, token):
        self.token = token

    def __await__(self):
        reply = yield self.token
        return reply


async def add_two():
    a = await Yielder("need a")
    b = await Yielder("need b")
    return a + b


coro = add_two()
print(type(coro).__name__)
print("yielded:", coro.send(None))
print("yielded:", coro.send(40))
try:
    coro.send(2)
except StopIteration as e:
    print("returned:", e.value)
try:
    coro.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


@types.coroutine
def legacy():
    x = yield "legacy step"
    return x * 3


async def uses_legacy():
    return await legacy()


c = uses_legacy()
print(c.send(None))
try:
    c.send(5)
except StopIteration as e:
    print("legacy returned", e.value)
