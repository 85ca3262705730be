# pins: loop.create_task(coro, name=...) outside a running loop; tasks start when the loop runs; run_until_complete(task) returns its result
import asyncio


async def job(n):
    print("job", n, "starts at", asyncio.get_running_loop().time())
    await asyncio.sleep(n)
    print("job", n, "ends")
    return n * n


loop = asyncio.new_event_loop()
t1 = loop.create_task(job(2), name="two")
t2 = loop.create_task(job(1))
print(t1.get_name(), t2.get_name(), t1.done())
print("result", loop.run_until_complete(t1))
print("t2 done:", t2.done(), t2.result())
loop.close()
