# expect: ok
# A done-callback that adds 10,000 more done-callbacks to the same future.
import asyncio

async def main():
    f = asyncio.get_running_loop().create_future()
    hits = []

    def cb(fut):
        hits.append(1)
        if len(hits) == 1:
            for i in range(10000):
                fut.add_done_callback(cb)

    f.add_done_callback(cb)
    f.set_result(None)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(len(hits))

asyncio.run(main())
