# shape: watchdog: workers send heartbeats to a monitor, which cancels and restarts a worker whose heartbeat goes stale
import asyncio


class Watchdog:
    def __init__(self, timeout):
        self.timeout = timeout
        self.last = {}
        self.tasks = {}
        self.restarts = {}

    def beat(self, name):
        self.last[name] = asyncio.get_running_loop().time()

    def start(self, name, factory):
        self.beat(name)
        self.tasks[name] = asyncio.create_task(factory(self, name), name=name)
        self.tasks[name].factory = factory

    async def monitor(self, rounds, period):
        loop = asyncio.get_running_loop()
        for _ in range(rounds):
            await asyncio.sleep(period)
            for name in sorted(self.tasks):
                age = loop.time() - self.last[name]
                if age > self.timeout:
                    print(f"{loop.time():.1f} watchdog: {name} silent for {age:.1f}s, restarting")
                    task = self.tasks[name]
                    task.cancel()
                    await asyncio.gather(task, return_exceptions=True)
                    self.restarts[name] = self.restarts.get(name, 0) + 1
                    self.start(name, task.factory)
        for task in self.tasks.values():
            task.cancel()
        await asyncio.gather(*self.tasks.values(), return_exceptions=True)


async def steady(dog, name):
    while True:
        await asyncio.sleep(0.4)
        dog.beat(name)


async def flaky(dog, name):
    loop = asyncio.get_running_loop()
    try:
        for i in range(3):
            await asyncio.sleep(0.4)
            dog.beat(name)
        print(f"{loop.time():.1f} {name} hangs")
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        print(f"{loop.time():.1f} {name} was cancelled")
        raise


async def main():
    dog = Watchdog(timeout=1.0)
    dog.start("steady", steady)
    dog.start("flaky", flaky)
    await dog.monitor(rounds=10, period=0.5)
    print("restarts:", dog.restarts)


asyncio.run(main())
