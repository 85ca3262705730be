# pins: dataclass field(default_factory=...) gives each instance its own list, defaults, __post_init__, frozen, asdict/astuple/replace
import dataclasses
from dataclasses import dataclass, field


@dataclass
class Basket:
    owner: str
    items: list = field(default_factory=list)
    discount: float = 0.0
    total: float = field(init=False, default=0.0)

    def __post_init__(self):
        self.owner = self.owner.title()

    def add(self, item, price):
        self.items.append(item)
        self.total += price * (1 - self.discount)


@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0


a = Basket("ann smith")
b = Basket("bob", discount=0.5)
a.add("tea", 3.0)
b.add("jam", 4.0)
print(a)
print(b)
print(a.items is b.items)
print(dataclasses.asdict(b), dataclasses.astuple(a))
p = Point(1)
print(p, dataclasses.replace(p, y=5), hash(p) == hash(Point(1, 0)))
try:
    p.x = 3
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    @dataclass
    class Bad:
        xs: list = []
except ValueError as e:
    print("ValueError:", e)
