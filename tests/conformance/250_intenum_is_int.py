# IntEnum members are ints: isinstance, arithmetic, indexing, json, sorting,
# dict keys, formatting, and int() of them.
import enum
import json


class Priority(enum.IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10


class Shape(enum.IntEnum):
    CIRCLE = enum.auto()
    SQUARE = enum.auto()


p = Priority.MEDIUM
print(isinstance(p, int), isinstance(p, Priority), type(p).__mro__[1] is int)
print(p + 1, p * 2, p // 2, p % 3, -p, abs(-p), p ** 2, p << 1, p & 4, p | 2)
print(p == 5, p < Priority.HIGH, p > 1, sorted([Priority.HIGH, 3, Priority.LOW]))
print(str(p), repr(p), f"{p}", f"{p:>4}", "%d" % p, "{:03d}".format(p), format(p, "x"))
print(int(p), float(p), bool(Priority.LOW), hash(p) == hash(5))
print(["a", "b", "c", "d", "e", "f"][p], {5: "five"}[p], {p: "m"}[5])
print(json.dumps({"level": Priority.HIGH, "all": list(Priority)}))
print(list(Shape), Shape(2), Shape.SQUARE.value, Shape["CIRCLE"])
print(max(Priority), min(Priority), sum(Priority))
print(Priority(10) is Priority.HIGH, Priority.LOW.name, Priority.LOW.value)
print(range(10)[Priority.LOW:Priority.MEDIUM], divmod(Priority.HIGH, 3), round(Priority.HIGH))
try:
    Priority(7)
except ValueError as e:
    print("ValueError:", e)
