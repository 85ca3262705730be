# shape: lost-update race between concurrent read-modify-write transfers (an await between read and write), then fixed with per-account Locks
import asyncio


class Bank:
    def __init__(self, use_locks):
        self.balances = {"alice": 100, "bob": 100, "carol": 100}
        self.locks = {name: asyncio.Lock() for name in self.balances}
        self.use_locks = use_locks

    async def transfer(self, src, dst, amount):
        if self.use_locks:
            first, second = sorted([src, dst])
            async with self.locks[first], self.locks[second]:
                await self._move(src, dst, amount)
        else:
            await self._move(src, dst, amount)

    async def _move(self, src, dst, amount):
        a = self.balances[src]
        b = self.balances[dst]
        await asyncio.sleep(0.1)
        self.balances[src] = a - amount
        self.balances[dst] = b + amount


async def run(use_locks):
    bank = Bank(use_locks)
    moves = [("alice", "bob", 30), ("bob", "carol", 20), ("carol", "alice", 10), ("alice", "carol", 5)]
    await asyncio.gather(*(bank.transfer(*m) for m in moves))
    total = sum(bank.balances.values())
    print(f"locks={use_locks}: {bank.balances} total={total} t={asyncio.get_running_loop().time():.1f}")


async def main():
    await run(False)
    await run(True)


asyncio.run(main())
