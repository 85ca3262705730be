# pins: set_event_loop/get_event_loop identity; after asyncio.run the current loop is unset, get_event_loop raises RuntimeError
import asyncio


async def main():
    await asyncio.sleep(1)
    print("in run, running loop is current:", asyncio.get_running_loop() is asyncio.get_event_loop())


a = asyncio.new_event_loop()
b = asyncio.new_event_loop()
asyncio.set_event_loop(a)
print(asyncio.get_event_loop() is a)
asyncio.set_event_loop(b)
print(asyncio.get_event_loop() is b)
a.close()
b.close()
asyncio.run(main())
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
asyncio.set_event_loop(asyncio.new_event_loop())
print("set again:", asyncio.get_event_loop().is_closed())
asyncio.get_event_loop().close()
