# pins: IntEnum compares and computes like int (str() is the number in 3.11), sorting mixed; Flag/IntFlag combination with |
from enum import IntEnum, Flag, IntFlag, auto


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10


print(Priority.HIGH > Priority.LOW, Priority.MEDIUM == 5, Priority.LOW + 1)
print(repr(Priority.HIGH), str(Priority.HIGH), f"{Priority.MEDIUM}")
print(sorted([Priority.HIGH, 3, Priority.LOW]))
print(Priority(5).name, [p.name for p in sorted(Priority, reverse=True)])


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()


rw = Perm.R | Perm.W
print(repr(rw), Perm.R in rw, Perm.X in rw, rw.value)


class Mode(IntFlag):
    A = 1
    B = 2


print(Mode.A | Mode.B, int(Mode.A | Mode.B), repr(Mode(3)))
