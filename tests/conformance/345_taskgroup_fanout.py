# pins: whole program: structured fan-out with TaskGroup: fetch a user's profile pieces concurrently; one failing piece cancels the rest and is handled with except*
import asyncio


class ServiceDown(Exception):
    pass


async def piece(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ServiceDown(name)
        return f"{name}-data"
    except asyncio.CancelledError:
        print(f"  {name} cancelled at {asyncio.get_running_loop().time():.1f}")
        raise


async def profile(user, failing=None):
    specs = {"account": 0.3, "orders": 0.8, "recommendations": 1.5}
    down = []
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = {n: tg.create_task(piece(n, d, n == failing)) for n, d in specs.items()}
    except* ServiceDown as eg:
        down = [str(e) for e in eg.exceptions]
    if down:
        print(f"{user}: degraded, down: {down}")
        return None
    result = {n: t.result() for n, t in tasks.items()}
    print(f"{user}: complete {result}")
    return result


async def main():
    loop = asyncio.get_running_loop()
    await profile("alice")
    print("t =", loop.time())
    await profile("bob", failing="orders")
    print("t =", loop.time())


asyncio.run(main())
