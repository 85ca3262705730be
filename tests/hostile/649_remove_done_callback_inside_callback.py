# expect: ok
# A done-callback that removes the callbacks still pending.
import asyncio

async def main():
    f = asyncio.get_running_loop().create_future()
    log = []

    def second(fut):
        log.append("second")

    def first(fut):
        log.append("first")
        log.append(fut.remove_done_callback(second))

    f.add_done_callback(first)
    f.add_done_callback(second)
    f.set_result(None)
    await asyncio.sleep(0)
    print(log)

asyncio.run(main())
