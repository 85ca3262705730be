# pins: itertools beyond the basics: product/permutations/combinations order and counts, islice consumption and argument errors, count/repeat reprs, a groupby group read after the next one, zip_longest, accumulate initial
import itertools

print(list(itertools.product("ab", [1, 2])), len(list(itertools.product(range(3), repeat=3))))
print(list(itertools.product()), list(itertools.product("ab", [])))
print(list(itertools.permutations("abc", 2)), len(list(itertools.permutations(range(4)))))
print(list(itertools.permutations("ab", 3)), list(itertools.permutations("ab", 0)))
print(list(itertools.combinations(range(4), 2)), list(itertools.combinations_with_replacement("ab", 2)))
print(list(itertools.combinations("abc", 0)), list(itertools.combinations("ab", 3)))
servers = itertools.cycle(["s1", "s2", "s3"])
print([next(servers) for _ in range(7)], list(itertools.cycle([])))

it = iter(range(10))
print(list(itertools.islice(it, 2, 6, 2)), next(it))
print(list(itertools.islice(range(10), None)), list(itertools.islice(range(10), 3, None)))
for args in [(-1,), ("x",), (1, -2), (0, 5, 0), (None, 2, None)]:
    try:
        print(list(itertools.islice(range(5), *args)))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    itertools.islice(range(3))
except TypeError as e:
    print("TypeError", e)

c = itertools.count(3)
next(c)
print(repr(c), repr(itertools.count(1, 2)), repr(itertools.count(0.5, 0.5)))
print(repr(itertools.repeat("z")), repr(itertools.repeat(1, 2)), list(itertools.repeat(0, -1)))
try:
    itertools.count("a")
except TypeError as e:
    print("TypeError", e)

groups = itertools.groupby([1, 1, 2, 3, 3, 3])
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2), [(k, len(list(g))) for k, g in groups])
print([(k, list(g)) for k, g in itertools.groupby("aAbB", key=str.lower)])
print(list(itertools.zip_longest()), list(itertools.zip_longest([1, 2], [3])))
print(list(itertools.accumulate([1, 2, 3], initial=10)), list(itertools.accumulate([], initial=5)))
print(list(itertools.accumulate([2, 3, 4], lambda a, b: a * b)))
print(list(itertools.filterfalse(None, [0, 1, "", "x"])), list(itertools.chain.from_iterable(["ab", "c"])))
print(list(itertools.pairwise([1])), list(itertools.starmap(max, [(1, 5), (7, 2)])))
print(list(itertools.takewhile(bool, [1, 2, 0, 3])), list(itertools.dropwhile(bool, [1, 0, 2])))
