# pins: run_until_complete on a bare Future from loop.create_future, resolved by call_later; done callbacks run via call_soon
import asyncio

loop = asyncio.new_event_loop()
fut = loop.create_future()
fut.add_done_callback(lambda f: print("callback sees", f.result(), "at", loop.time()))
loop.call_later(1.25, fut.set_result, 42)
print("pending:", fut.done())
print("result:", loop.run_until_complete(fut))
print("after", loop.time())
loop.close()
