import asyncio, vloop
order=[]
async def main():
    loop = asyncio.get_running_loop()
    for i in range(5):
        loop.call_later(1.0, order.append, i)
    loop.call_later(0.5, order.append, 100)
    loop.call_later(0.25, order.append, -1).cancel()
    await asyncio.sleep(2)
vloop.run(main())
print(order)
