# pins: whole program: connection pool: Semaphore-bounded checkout through an async context manager, connections reused LIFO from a deque, waiters queue up
import asyncio
import contextlib
from collections import deque


class Connection:
    counter = 0

    def __init__(self):
        Connection.counter += 1
        self.id = Connection.counter
        self.uses = 0

    async def query(self, sql):
        self.uses += 1
        await asyncio.sleep(0.2 + 0.1 * len(sql) / 10)
        return f"conn{self.id}: {sql} -> ok"


class Pool:
    def __init__(self, size):
        self.sem = asyncio.Semaphore(size)
        self.idle = deque()
        self.all = []

    @contextlib.asynccontextmanager
    async def connection(self):
        async with self.sem:
            if self.idle:
                conn = self.idle.pop()
            else:
                await asyncio.sleep(0.3)
                conn = Connection()
                self.all.append(conn)
                print(f"{asyncio.get_running_loop().time():.2f} opened conn{conn.id}")
            try:
                yield conn
            finally:
                self.idle.append(conn)


async def request(pool, i):
    async with pool.connection() as conn:
        result = await conn.query(f"SELECT {i}")
        print(f"{asyncio.get_running_loop().time():.2f} {result}")


async def main():
    pool = Pool(2)
    await asyncio.gather(*(request(pool, i) for i in range(6)))
    print("connections:", [(c.id, c.uses) for c in pool.all])


asyncio.run(main())
