import asyncio, vloop
order=[]
loop = vloop.VLoop()
for i in range(5):
    loop.call_later(1.0, order.append, i)
loop.call_later(0.5, order.append, 100)
loop.call_later(0.25, order.append, -1).cancel()
while loop._ready or loop._scheduled:
    loop._run_once()
print(order, loop.time())
order.clear()
hs=[]
for i in range(300):
    hs.append(loop.call_later(1.0 + (i % 7), order.append, i))
for i in range(0,300,3): hs[i].cancel()
for i in range(1,300,3): hs[i].cancel()
while loop._ready or loop._scheduled:
    loop._run_once()
print(order, loop.time())
