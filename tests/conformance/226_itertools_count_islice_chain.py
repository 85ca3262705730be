# pins: itertools.count with step, islice windows over an infinite iterator, chain and chain.from_iterable, accumulate, pairwise, groupby
import itertools

ids = itertools.count(100, 5)
print(next(ids), next(ids), list(itertools.islice(ids, 3)))
print(list(itertools.islice("abcdefgh", 2, 7, 2)))
print(list(itertools.chain("ab", [1, 2], ())))
print(list(itertools.chain.from_iterable([[1], [2, 3], []])))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([3, 1, 4, 1, 5], max)))
print(list(itertools.pairwise("abcd")))
data = sorted(["apple", "avocado", "banana", "blueberry", "cherry"], key=lambda w: w[0])
for key, group in itertools.groupby(data, key=lambda w: w[0]):
    print(key, list(group))
print(list(itertools.takewhile(lambda x: x < 3, itertools.count())), list(itertools.dropwhile(lambda x: x < 3, range(5))))
print(list(itertools.zip_longest("ab", "xyz", fillvalue="-")), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(itertools.repeat("z", 3)))
