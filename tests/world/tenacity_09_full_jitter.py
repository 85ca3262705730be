# wait_random_exponential ("full jitter"): a random wait in [0, 2**n] (capped).
# Three clients lose their connection at the same moment; with full jitter
# their retries spread out instead of colliding again. Each client has its
# own controller (AsyncRetrying), so each has its own statistics.
import asyncio

from tenacity import AsyncRetrying, RetryError, stop_after_attempt, wait_random_exponential

server = {"up_at": 3.0}


async def reconnect(name):
    loop = asyncio.get_running_loop()
    if loop.time() < server["up_at"]:
        print("%-8s refused at %.4f" % (name, loop.time()))
        raise ConnectionRefusedError(name)
    print("%-8s connected at %.4f" % (name, loop.time()))
    return name


async def client(name):
    retrying = AsyncRetrying(wait=wait_random_exponential(multiplier=1, max=8),
                             stop=stop_after_attempt(6))
    try:
        return await retrying(reconnect, name)
    except RetryError:
        return name + " (gave up)"
    finally:
        print("%-8s attempts=%d" % (name, retrying.statistics["attempt_number"]))


async def main():
    print(await asyncio.gather(client("alpha"), client("beta"), client("gamma")))


asyncio.run(main())
