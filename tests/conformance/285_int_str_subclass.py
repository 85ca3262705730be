# pins: subclasses of int and str: methods, super().__new__, class attributes, instance attributes, repr/str/format (own and inherited), arithmetic and comparisons giving plain values, own operators and reflected ones, hash and dict keys, bool of zero, indexing with an int subclass, str methods returning str, isinstance, errors
import asyncio


class Level(int):
    names = {10: "DEBUG", 20: "INFO", 30: "WARNING"}

    def label(self):
        return self.names.get(self, "LEVEL%d" % self)

    def __repr__(self):
        return "Level(%d)" % int(self)


class Meters(int):
    def __new__(cls, value, unit="m"):
        self = super().__new__(cls, value)
        self.unit = unit
        return self

    def __str__(self):
        return "%d%s" % (self, self.unit)

    def __add__(self, other):
        return Meters(int(self) + int(other), self.unit)

    def __radd__(self, other):
        return Meters(int(other) + int(self), self.unit)


class Port(int):
    pass


class Name(str):
    def shout(self):
        return self.upper() + "!"

    @property
    def initial(self):
        return self[0]


class Tag(str):
    def __new__(cls, text, kind="plain"):
        obj = super().__new__(cls, text.strip().lower())
        obj.kind = kind
        return obj

    def __repr__(self):
        return "Tag(%s, %s)" % (str.__repr__(self), self.kind)


class Path(str):
    def __truediv__(self, other):
        return Path(self + "/" + other)

    def __eq__(self, other):
        return str(self).rstrip("/") == str(other).rstrip("/")

    __hash__ = str.__hash__


lv = Level(20)
print(lv, repr(lv), str(lv), f"{lv}", f"{lv:>5}", "%d|%s|%r" % (lv, lv, lv), format(lv, "04d"))
print(lv.label(), Level(40).label(), lv + 1, type(lv + 1).__name__, lv * 2, -lv, abs(Level(-3)), lv // 3, lv % 7)
print(lv == 20, lv < 30, lv >= Level(20), sorted([Level(30), Level(10), Level(20)]), max(Level(1), Level(5)))
print(isinstance(lv, int), isinstance(lv, Level), type(lv).__name__, Level.__mro__, issubclass(Level, int))
print(hash(lv) == hash(20), {lv: "x"}[20], {20: "y"}[lv], lv in {10, 20}, Level(0) or "zero", bool(Level(3)))
print(int(lv), type(int(lv)).__name__, float(lv), ["a", "b", "c"][Level(1)], "abc"[Port(2)], list(range(Port(3))))
print(Level("30"), Level("ff", 16), Level(3.9), Port(8080) + 1, lv.bit_length(), lv.real, (lv).to_bytes(2, "big") if False else "")
m = Meters(5)
print(m, repr(m), m.unit, m + 3, 3 + m, Meters(2, "km") + Meters(1), type(m + 3).__name__, m * 2, m > 4)
m.note = "ok"
print(m.note, Meters(7).unit)

n = Name("ada")
print(n, repr(n), n.shout(), n.initial, n.upper(), type(n.upper()).__name__, len(n), n[1:], "d" in n, list(n))
print(n + "!", type(n + "!").__name__, "<" + n, n * 2, n == "ada", n < "bob", hash(n) == hash("ada"), {"ada": 1}[n])
print(isinstance(n, str), type(n).__name__, str(n), type(str(n)).__name__, f"{n}|{n!r}|{n:>5}|", "%s/%r" % (n, n))
print(n.split("d"), n.replace("a", "o"), ",".join([n, Name("bob")]), n.startswith("a"), sorted([Name("b"), Name("a")]))
acc = Name("x")
acc += "y"
print(acc, type(acc).__name__)
t = Tag("  Urgent ", kind="label")
print(t, repr(t), t.kind, t == "urgent", [t], {t: 1})
p = Path("/srv") / "data" / "file"
print(p, type(p).__name__, p == "/srv/data/file/", {p: 1}[Path("/srv/data/file")])
print(Name(), Name(42), Name(None), int(Name("12")) + 1, float(Name("2.5")))


async def main():
    labels = []

    async def work(level):
        await asyncio.sleep(level / 100)
        labels.append(level.label())

    await asyncio.gather(*(work(Level(v)) for v in (30, 10, 20)))
    print(labels)


asyncio.run(main())

for bad in [lambda: Level("x"), lambda: lv + "s", lambda: n - 1, lambda: n.missing, lambda: Name("a", "b", "c", "d")]:
    try:
        bad()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
try:
    class Flag(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
