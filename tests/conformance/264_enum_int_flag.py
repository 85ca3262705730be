# pins: IntEnum arithmetic/comparison/hash/index like its int value (str() is the number), StrEnum, Flag/IntFlag |, &, ^, ~, in, iteration, len, pseudo-member reprs and strs, aliases of combined values, STRICT's invalid-value message, IntFlag keeping unknown bits
from enum import Enum, Flag, IntEnum, IntFlag, StrEnum, auto


class P(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W


print(list(P), len(P), repr(~P.R), repr(P(0)), str(P(0)), str(P.R | P.W), list(P.R | P.X), len(P.R | P.W))
print(bool(P(0)), repr(P.RW), repr(P.R | P.W | P.X), P.R in P.RW, P.X in P.RW, list(P.__members__))
print(P.R & P.W, repr(P.R ^ P.RW), P.R.value, P.RW.name, (P.R | P.W).name, P(0).name, P(3), P.R | P.W is P.RW)
print(P, repr(P), list(reversed(P)), P(7) is (P.R | P.W | P.X), ~(P.R | P.W | P.X))
try:
    P(8)
except ValueError as e:
    print(repr(str(e)))
try:
    P.R | 1
except TypeError as e:
    print(e)
try:
    1 in P.R
except TypeError as e:
    print(e)


class M(IntFlag):
    A = 1
    B = 2


print(repr(M(8)), repr(M(3)), str(M(8)), repr(~M.A), repr(M.A | 4), M.A | 4, M.A + 1, repr(M.A & M.B))
print(format(M.A), M.A == 1, repr(M.A ^ M.B), list(M), M(0), repr(M(0)), bool(M(0)), 3 | M.A, repr(2 | M.A))


class Pr(IntEnum):
    L = 1
    H = 10


print(Pr.L * 3, -Pr.L, Pr.H // 3, Pr.H / 4, Pr.H % 3, [0, 1, 2][Pr.L], hash(Pr.L) == hash(1), {1: "x"}[Pr.L])
print(int(Pr.H), float(Pr.L), format(Pr.H, "05d"), f"{Pr.H:>4}|", Pr(10), Pr.H.name, repr(Pr.L), max(Pr))
print(Pr.L != 2, Pr.H > 5, 5 < Pr.H, sorted([Pr.H, 3, Pr.L]), Pr.L + Pr.H, divmod(Pr.H, 3), 2 ** Pr.L, Pr.H << 1)
print(list(range(Pr.L, 3)), Pr.H.bit_length(), abs(-Pr.H), Pr.L in Pr, len(Pr))


class Color(Enum):
    RED = 1


print(Pr.L == Color.RED, Pr.L == 1.0)
try:
    Pr(3)
except ValueError as e:
    print(e)


class S(StrEnum):
    A = auto()
    B = "bee"


print(repr(S.A), str(S.A), S.A == "a", S.B.upper(), f"{S.B}", S("bee"), S.B + "!", "<" + S.A, len(S.B), list(S))
print(hash(S.A) == hash("a"), {"a": 1}[S.A], S.B.startswith("be"), sorted(S, reverse=True))
