# pins: deque append/appendleft/pop/popleft, maxlen drops from the other end, rotate, extendleft reverses, repr; a sliding window of recent events
import asyncio
from collections import deque


async def main():
    recent = deque(maxlen=3)
    for i in range(5):
        await asyncio.sleep(0.5)
        recent.append((i, asyncio.get_running_loop().time()))
        print(list(recent))
    d = deque([1, 2, 3])
    d.appendleft(0)
    d.extend([4, 5])
    d.extendleft("ab")
    print(d, d.maxlen, recent.maxlen)
    d.rotate(2)
    print(d)
    d.rotate(-3)
    print(d, d.pop(), d.popleft(), len(d))
    print(deque(range(3), maxlen=2), d.count(1), d.index(2))
    try:
        deque().pop()
    except IndexError as e:
        print("IndexError:", e)


asyncio.run(main())
