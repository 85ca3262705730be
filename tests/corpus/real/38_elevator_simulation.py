# shape: discrete-event simulation: an elevator task serves floor requests from a queue, passengers arrive at scheduled times and await their ride via Futures
import asyncio

FLOOR_TIME = 0.5
DOOR_TIME = 0.3


class Elevator:
    def __init__(self):
        self.floor = 0
        self.requests = asyncio.Queue()
        self.moves = 0

    async def run(self):
        loop = asyncio.get_running_loop()
        while True:
            target, arrived = await self.requests.get()
            distance = abs(target - self.floor)
            await asyncio.sleep(distance * FLOOR_TIME)
            self.moves += distance
            self.floor = target
            await asyncio.sleep(DOOR_TIME)
            print(f"{loop.time():5.2f} elevator at floor {target}")
            arrived.set_result(loop.time())
            self.requests.task_done()

    async def ride(self, start, dest):
        loop = asyncio.get_running_loop()
        pickup = loop.create_future()
        await self.requests.put((start, pickup))
        await pickup
        dropoff = loop.create_future()
        await self.requests.put((dest, dropoff))
        return await dropoff


async def passenger(elevator, name, at, start, dest):
    loop = asyncio.get_running_loop()
    await asyncio.sleep(at)
    print(f"{loop.time():5.2f} {name} calls at floor {start} to go to {dest}")
    t = await elevator.ride(start, dest)
    print(f"{t:5.2f} {name} arrived after {t - at:.2f}s")


async def main():
    e = Elevator()
    runner = asyncio.create_task(e.run())
    await asyncio.gather(
        passenger(e, "ann", 0.0, 0, 5),
        passenger(e, "bo", 0.5, 3, 1),
        passenger(e, "cy", 4.0, 2, 6),
    )
    runner.cancel()
    print("floors travelled:", e.moves)


asyncio.run(main())
