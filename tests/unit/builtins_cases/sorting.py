# sort / sorted: stability, key, reverse, mixed numbers, errors during a sort.
data = [(2, "b"), (1, "a"), (2, "a"), (1, "b"), (0, "z")]
print(sorted(data, key=lambda t: t[0]))
print(sorted(data, key=lambda t: t[0], reverse=True))
print(sorted(data, reverse=True))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=str.upper))
print(sorted([3, 1.5, True, -2, 0.0, False]))
print(sorted([float("inf"), 1, -float("inf")]))
nums = list(range(40, 0, -3)) + list(range(0, 40, 7))
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
print(sorted("Turnstile"), sorted(("b", "a")), sorted({3: "x", 1: "y"}))
print(sorted([[2, 1], [1, 2], [1, 1, 0]]))
print(sorted([(1, [2]), (1, [1])]))
class Job:
    def __init__(self, name, prio):
        self.name = name
        self.prio = prio
    def __lt__(self, other):
        return self.prio < other.prio
    def __repr__(self):
        return f"Job({self.name!r}, {self.prio})"
jobs = [Job("a", 3), Job("b", 1), Job("c", 3), Job("d", 2)]
print(sorted(jobs))
print(sorted(jobs, reverse=True))
print(min(jobs), max(jobs, key=lambda j: j.prio))
jobs.sort(key=lambda j: j.name, reverse=True)
print(jobs)
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    [3, None, 1].sort()
except TypeError as e:
    print("TypeError:", e)
def bad_key(x):
    if x == 2:
        raise ValueError("no key for 2")
    return x
l = [3, 2, 1]
try:
    l.sort(key=bad_key)
except ValueError as e:
    print("ValueError:", e, l)
try:
    max([1, 2], [3])
except TypeError as e:
    print("TypeError:", e)
print(max([1, 3, 2]), min("hello"), max(1, 2.5), min([], default="empty"), max((5,), key=lambda x: x))
print(max([(1, "a"), (1, "b")]), min([[1, 2], [1]]))
