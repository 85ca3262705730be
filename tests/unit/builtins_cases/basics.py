# print and the common builtins, as scenario code uses them.
print("hello", 1, 2.5, None, True, sep="-", end="!\n")
print()
print("a", "b", sep="")
print("no newline", end="")
print(" then newline")
print(1, 2, sep=None, end=None)
d = {"a": 1, "b": 2}
for k, v in d.items():
    print(k, v)
print(len(d.keys()), "a" in d.keys(), ("a", 1) in d.items(), 2 in d.values())
print(sorted([3, 1, 2]), sorted(["b", "a"], reverse=True), sorted([(1, 'b'), (0, 'z')], key=lambda t: t[1]))
print(list(range(10, 0, -3)), list(enumerate("ab", start=1)), list(zip([1, 2, 3], "ab")))
print(sum([1, 2, 3]), sum([0.1] * 3), min(3, 1, 2), max([1, 5, 2], key=lambda x: -x), min([], default=7))
print(abs(-3), abs(-2.5), round(2.5), round(3.5), round(2.675, 2), round(1234, -2))
print(list(reversed([1, 2, 3])), any([0, 1]), all([]), isinstance(1, (str, int)), issubclass(bool, int))
print(int("42"), int("ff", 16), float("1e3"), str(12), bool([]), list("abc"), tuple([1]), set([1, 1, 2]))
print(dict([(1, 2)], x=3), divmod(7, -2), divmod(7.5, 2), pow(2, 10), pow(3, 4, 5), pow(2, -1, 5))
print(chr(65), ord("é"), format(3.14159, ".2f"), hex(255), bin(5), oct(8))
print(list(map(str, [1, 2])), list(filter(None, [0, 1, 2])), next(iter([9])), next(iter([]), "d"))
print("a,b,,c".split(","), "  a  b ".split(), "a b c".split(None, 1), "a b c".rsplit(None, 1), "x".join(["1", "2"]))
print("  hi ".strip(), "xxhixx".strip("x"), "Hello World".upper(), "hello world".title(), "hELLO".capitalize())
print("abc".startswith(("x", "a")), "abc".endswith("bc"), "abcabc".find("c"), "abcabc".rfind("c"), "abcabc".count("b"))
print("aaa".replace("a", "b", 2), "{} {}!".format("hi", 3), "{0:>5}|{name!r}".format(1, name="x"), "5".zfill(3))
print("ab".center(6, "*"), "ab".ljust(4) + "|", "ab".rjust(4), "123".isdigit(), "a\nb\r\nc".splitlines(), "a=b=c".partition("="))
l = [3, 1, 2]
l.append(4); l.extend([5]); l.insert(0, 0); print(l.pop(), l.pop(0), l)
l.remove(1); l.sort(); print(l, l.index(3), l.count(2)); l.reverse(); print(l, l.copy())
l.extend(l); print(l); l.clear(); print(l)
s = {1, 2}
s.add(3); s.discard(9); print(s, s | {4}, s & {1, 9}, s - {1}, s ^ {1, 5}, s.issubset({1, 2, 3, 4}))
s.update([4], (5,)); s.remove(5); print(s, len(s), s.pop(), s.copy())
print(d.get("z", 0), d.pop("a"), d.setdefault("c", 3), d, dict.fromkeys("ab", 0))
d.update({"x": 1}, y=2); d.update([("z", 0)]); print(d, d.popitem(), d)
print((1, 2, 1).count(1), (1, 2).index(2), (10).bit_length(), (2.0).is_integer(), (7).real, (2.5).imag)
print(repr("a'b"), ascii("é"), hash(1), hash(-1), hash(1.5), hash((1, 2)), callable(len), type(1), getattr(d, "zz", "none"), hasattr(d, "get"))
print(f"{'x'!r:>5}", format(1234.5, ",.1f"), "{:>8.3f}|{:<6}|{:^7}".format(3.14159, "ab", "mid"))
total = 0
for i, (a, b) in enumerate(zip("xyz", range(3)), 1):
    total += i * b
print(total, list(zip(*[(1, 2), (3, 4)])))
names = ["worker-%d" % i for i in range(3)]
print(", ".join(names), max(names, key=len), sorted(names, reverse=True)[0])
print(str(None), str(True), int(False), float(-0), bool(0.0), list(range(0)), tuple(), dict(), set())
print(isinstance(None, type(None)), type(type(1)), type(print), type(int), type(3.0)(2))
for args in [([1], [1, 2]), ([1, 2], [1]), ([1], [1], [1, 2]), ([1, 2], [1, 2], [1])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)
print(list(zip([1, 2], "ab", strict=True)))
