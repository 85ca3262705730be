# pins: mixin enums class C(str, Enum) / class C(int, Enum): members are real str/int instances (isinstance, ==, str methods, arithmetic, dict keys by value, json-like joins), repr/str/format as 3.11, lookup by value, iteration; an int subclass used as a priority in a heap
import heapq
from enum import Enum


class Color(str, Enum):
    RED = "red"
    GREEN = "green"

    def describe(self):
        return "color " + self.value


class Priority(int, Enum):
    LOW = 1
    HIGH = 5
    URGENT = 9


print(repr(Color.RED), str(Color.RED), f"{Color.RED}", Color.RED.value, Color.RED.name, Color("green"))
print(isinstance(Color.RED, str), Color.RED == "red", Color.RED.upper(), Color.RED + "!", len(Color.RED))
print(Color.RED.describe(), list(Color), Color["GREEN"], "-".join([Color.RED, Color.GREEN]), Color.RED in ["red"])
print(repr(Priority.HIGH), str(Priority.HIGH), f"{Priority.HIGH}", Priority(9), Priority.HIGH + 1, Priority.LOW < Priority.HIGH)
print(isinstance(Priority.LOW, int), sorted([Priority.URGENT, Priority.LOW]), max(Priority), Priority.HIGH * 2, int(Priority.URGENT))
print(["a", "b", "c", "d", "e", "f"][Priority.HIGH], {1: "one"}[Priority.LOW], Priority.HIGH == 5, hash(Priority.HIGH) == hash("HIGH"))
jobs = []
for i, (p, name) in enumerate([(Priority.LOW, "sweep"), (Priority.URGENT, "page"), (Priority.HIGH, "deploy")]):
    heapq.heappush(jobs, (-p, i, name))
print([heapq.heappop(jobs)[2] for _ in range(3)])
try:
    Color("blue")
except ValueError as e:
    print("ValueError:", e)
