# pins: whole program: order-processing workflow: dataclass orders move through Enum states via async steps (payment, stock, shipping), failures roll back
import asyncio
import enum
from dataclasses import dataclass, field


class Status(enum.Enum):
    NEW = enum.auto()
    PAID = enum.auto()
    RESERVED = enum.auto()
    SHIPPED = enum.auto()
    FAILED = enum.auto()


@dataclass
class Order:
    oid: int
    items: dict
    total: float
    status: Status = Status.NEW
    history: list = field(default_factory=list)

    def move(self, status, note=""):
        self.history.append((self.status.name, status.name, note))
        self.status = status


STOCK = {"pen": 5, "ink": 1, "pad": 3}


async def charge(order):
    await asyncio.sleep(0.3)
    if order.total > 100:
        raise ValueError("card declined")
    order.move(Status.PAID)


async def reserve(order):
    await asyncio.sleep(0.2)
    for item, n in order.items.items():
        if STOCK[item] < n:
            raise LookupError(f"out of {item}")
    for item, n in order.items.items():
        STOCK[item] -= n
    order.move(Status.RESERVED)


async def ship(order):
    await asyncio.sleep(0.5)
    order.move(Status.SHIPPED, "carrier picked up")


async def process(order):
    try:
        await charge(order)
        await reserve(order)
        await ship(order)
    except (ValueError, LookupError) as e:
        if order.status is Status.PAID:
            await asyncio.sleep(0.1)
            order.move(Status.FAILED, f"refunded: {e}")
        else:
            order.move(Status.FAILED, str(e))
    print(f"{asyncio.get_running_loop().time():.1f} order {order.oid}: {order.status.name}")
    return order


async def main():
    orders = [
        Order(1, {"pen": 2}, 9.5),
        Order(2, {"ink": 2}, 30.0),
        Order(3, {"pad": 1, "pen": 1}, 250.0),
        Order(4, {"ink": 1, "pad": 2}, 42.0),
    ]
    for o in await asyncio.gather(*(process(o) for o in orders)):
        print(o.oid, o.history)
    print("stock left:", STOCK)


asyncio.run(main())
