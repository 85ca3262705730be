# expect: ok
# 100,000 futures, each resolved by the previous one's done-callback.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    futs = [loop.create_future() for i in range(100000)]
    for i in range(len(futs) - 1):
        nxt = futs[i + 1]
        futs[i].add_done_callback(lambda f, nxt=nxt: nxt.set_result(f.result() + 1))
    futs[0].set_result(0)
    print(await futs[-1])

asyncio.run(main())
