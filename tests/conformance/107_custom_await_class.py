# pins: a class whose __await__ is a generator: a bare yield gives control back to the loop for one iteration; its return is the await value
import asyncio


class Pause:
    def __init__(self, label):
        self.label = label

    def __await__(self):
        print("pause", self.label, "suspends")
        yield
        print("pause", self.label, "resumes")
        return self.label * 2


async def worker(name):
    for i in range(2):
        got = await Pause(f"{name}{i}")
        print(name, "got", got)


async def main():
    await asyncio.gather(worker("a"), worker("b"))
    await asyncio.sleep(1)
    print("done", await Pause("z"))


asyncio.run(main())
