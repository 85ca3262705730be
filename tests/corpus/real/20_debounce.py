# shape: debouncer: bursts of input events restart a pending timer (TimerHandle.cancel), only the last event of each burst fires
import asyncio


class Debouncer:
    def __init__(self, delay, action):
        self.delay = delay
        self.action = action
        self.handle = None
        self.cancelled = 0

    def trigger(self, value):
        loop = asyncio.get_running_loop()
        if self.handle is not None:
            self.handle.cancel()
            self.cancelled += 1
        self.handle = loop.call_later(self.delay, self.action, value)


def save(value):
    print(f"{asyncio.get_running_loop().time():.2f} saved {value!r}")


async def typist(deb, text, gaps):
    loop = asyncio.get_running_loop()
    typed = ""
    for ch, gap in zip(text, gaps):
        await asyncio.sleep(gap)
        typed += ch
        print(f"{loop.time():.2f} typed {typed!r}")
        deb.trigger(typed)


async def main():
    deb = Debouncer(0.5, save)
    await typist(deb, "hello!", [0.1, 0.1, 0.2, 0.7, 0.1, 0.9])
    await asyncio.sleep(1)
    print("timers cancelled:", deb.cancelled)


asyncio.run(main())
