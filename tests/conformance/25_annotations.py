# pins: type annotations on parameters, returns, variables and class fields are parsed and ignored
import asyncio
from asyncio import Semaphore

count: int = 3
label: str
ratio: float = 0.5

class Config:
    name: str = "cfg"
    retries: int
    def __init__(self, retries: int = 2) -> None:
        self.retries: int = retries

def scale(values: list[int], factor: float = 2.0) -> list[float]:
    out: list[float] = []
    for v in values:
        out.append(v * factor)
    return out

async def work(i: int, sem: Semaphore = None) -> str:
    if sem:
        async with sem:
            await asyncio.sleep(0.1)
    return f"w{i}"

async def main() -> None:
    sem: Semaphore = Semaphore(count)
    results: list[str] = await asyncio.gather(*[work(i, sem) for i in range(5)])
    print(results)
    print(await work(9))

print(scale([1, 2, 3]), Config().retries, Config.name, count, ratio)
asyncio.run(main())
