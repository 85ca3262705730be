# pins: decorators: plain, with arguments, stacked (application order), on methods and on async functions
import asyncio
def trace(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("ret", fn.__name__, result)
        return result
    return wrapper
def times(n):
    return lambda fn: lambda *args: [fn(*args) for _ in range(n)]
def tag(label):
    def deco(fn):
        print("decorating with", label)
        def wrapper(x):
            return label + "(" + str(fn(x)) + ")"
        return wrapper
    return deco
@trace
def add(a, b=0):
    return a + b
@times(3)
def hello(name):
    return "hi " + name
@tag("outer")
@tag("inner")
def ident(x):
    return x
print(add(2, b=3))
print(hello("bob"))
print(ident(7))
def async_timed(fn):
    async def wrapper(*args):
        loop = asyncio.get_running_loop()
        start = loop.time()
        result = await fn(*args)
        print(f"{fn.__name__} took {loop.time() - start:.2f}s")
        return result
    return wrapper
@async_timed
async def slow(x):
    await asyncio.sleep(x)
    return x * 2
def logged(fn):
    def wrapper(self, *args):
        print("method", fn.__name__, args)
        return fn(self, *args)
    return wrapper
class Greeter:
    @logged
    def greet(self, who):
        return "hello " + who
async def main():
    print(await slow(0.5))
    print(await asyncio.gather(slow(1), slow(0.25)))
    print(Greeter().greet("ann"))
asyncio.run(main())
