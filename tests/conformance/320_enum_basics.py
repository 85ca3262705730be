# pins: Enum members: repr/str, name/value, iteration order, lookup by value and name, aliases, auto(), identity comparisons
import enum
from enum import Enum, auto


class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    DONE = auto()
    FINISHED = 3


print(repr(State.IDLE), str(State.RUNNING), State.DONE.name, State.DONE.value)
print(list(State))
print(State(2), State["IDLE"], State.FINISHED is State.DONE)
print(State.IDLE == 1, State.IDLE is State(1), isinstance(State.IDLE, State))
print(len(State), [m for m in State.__members__])
try:
    State(7)
except ValueError as e:
    print("ValueError:", e)


class Color(Enum):
    RED = "r"
    GREEN = "g"

    def describe(self):
        return f"{self.name.lower()} ({self.value})"


print(Color.GREEN.describe(), Color("r"))
print(f"{State.IDLE}", f"{Color.RED!r}", format(State.DONE))
print({State.IDLE: "waiting"}[State(1)])
print(enum.unique(Color) is Color)
