# pins: run_forever runs callbacks and tasks until loop.stop(); it returns at the stop's virtual time and can run again
import asyncio


async def ticker(n):
    for i in range(n):
        await asyncio.sleep(1)
        print("tick", i)


loop = asyncio.new_event_loop()
loop.create_task(ticker(5))
loop.call_later(2.5, loop.stop)
loop.run_forever()
print("stopped at", loop.time(), "running:", loop.is_running())
loop.call_later(2.0, loop.stop)
loop.run_forever()
print("stopped again at", loop.time())
loop.close()
