# pins: tuple unpacking, swaps, enumerate/zip/reversed/sorted/iter/next, bool/isinstance/type conversions
a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (3, 4), 5
print(x, y, z)
for i, (k, v) in enumerate({"p": 1, "q": 2}.items()):
    print(i, k, v)
for n, ch in zip(range(5), "abc"):
    print(n, ch, end=" ")
print()
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))))
it = iter([10, 20])
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
print(bool(0), bool(""), bool([0]), bool(None), bool(0.0), bool("False"))
print(isinstance(1, int), isinstance(True, int), isinstance(1.0, int), isinstance("s", (int, str)))
print(type(1).__name__, type(1.0).__name__, type("s").__name__, type([]).__name__, type(None).__name__, type(True).__name__)
print(int("7") + 1, float("2.5") * 2, str(10) + "!", list("hi"), tuple(range(2)))
print(len([1, 2]), len("abc"), len({"a": 1}), len((1,)), len(range(10)), len({1, 2, 2}))
print(max("apple", "pear", key=len), min([3, -5, 2], key=abs), max([], default="empty"))
print(sorted([3, 1, 2]), sorted((5, 4)), sorted({"b": 1, "a": 2}))
print(abs(-3), round(2.567, 1), round(7), type(round(7.2)).__name__)
data = [("x", 3), ("y", 1), ("z", 2)]
print(sorted(data, key=lambda t: t[1]), max(data, key=lambda t: t[1])[0])
first, second, third = "abc"
print(first, third)
nums = [5, 3, 8]
total = 0
for i in range(len(nums)):
    total += nums[i] * i
print(total)
d = dict(zip(["a", "b"], [1, 2]))
print(d, list(enumerate(["x", "y"])))
