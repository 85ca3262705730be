# pins: asyncio.Runner (3.11) runs several coroutines on one loop; get_loop(); the loop is closed on exit
import asyncio


async def stage(name, delay):
    await asyncio.sleep(delay)
    print(name, asyncio.get_running_loop().time())
    return len(name)


with asyncio.Runner() as runner:
    print(runner.run(stage("alpha", 1)))
    print(runner.run(stage("be", 0.5)))
    loop = runner.get_loop()
    print("open inside:", loop.is_closed())
print("closed after:", loop.is_closed())
