# pins: whole program: finite-state machine driven by timers: a traffic light cycling through Enum states, a pedestrian button shortening the green phase
import asyncio
from enum import Enum


class Light(Enum):
    RED = 3.0
    GREEN = 2.5
    YELLOW = 1.0


NEXT = {Light.RED: Light.GREEN, Light.GREEN: Light.YELLOW, Light.YELLOW: Light.RED}


class Crossing:
    def __init__(self):
        self.state = Light.RED
        self.button = asyncio.Event()
        self.log = []

    async def run(self, cycles):
        loop = asyncio.get_running_loop()
        for _ in range(cycles * 3):
            self.log.append((round(loop.time(), 2), self.state.name))
            print(f"{loop.time():5.2f} {self.state.name}")
            if self.state is Light.GREEN:
                try:
                    await asyncio.wait_for(self.button.wait(), self.state.value)
                    print(f"{loop.time():5.2f} button pressed: green cut short")
                    self.button.clear()
                except asyncio.TimeoutError:
                    pass
            else:
                await asyncio.sleep(self.state.value)
            self.state = NEXT[self.state]


async def pedestrian(crossing, at):
    await asyncio.sleep(at)
    print(f"{asyncio.get_running_loop().time():5.2f} pedestrian presses the button")
    crossing.button.set()


async def main():
    c = Crossing()
    await asyncio.gather(c.run(2), pedestrian(c, 4.0))
    print(c.log)


asyncio.run(main())
