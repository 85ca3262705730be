# Without a decorator: call a Retrying / AsyncRetrying object with the
# function and its arguments. And what the decorator keeps of the function.
import asyncio

from tenacity import AsyncRetrying, Retrying, retry, stop_after_attempt, wait_fixed

attempts = {"n": 0}


def parse(text, base=10):
    attempts["n"] += 1
    if attempts["n"] == 1:
        raise ValueError("first read is garbage")
    return int(text, base)


print(Retrying(stop=stop_after_attempt(3))(parse, "ff", base=16))


async def aparse(text):
    await asyncio.sleep(0.5)
    return parse(text)


async def main():
    attempts["n"] = 0
    r = AsyncRetrying(stop=stop_after_attempt(3), wait=wait_fixed(0.25))
    print(await r(aparse, "123"))
    print(r.statistics)


asyncio.run(main())


@retry
async def documented(x):
    """Doubles x, eventually."""
    return 2 * x


@retry
def plain(x):
    """Triples x."""
    return 3 * x


print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__)
print(plain.__name__, plain.__doc__, plain.__wrapped__ is not None)
print(type(documented.retry).__name__, type(plain.retry).__name__)
print(asyncio.iscoroutinefunction(documented), asyncio.iscoroutinefunction(plain))
print(asyncio.run(documented(21)), plain(14))
