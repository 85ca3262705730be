# pins: list/dict/set comprehensions, nested loops and filters, generator expressions in sum/any/all/min/max
nums = [3, 1, 4, 1, 5, 9, 2, 6]
print([n * n for n in nums if n % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)])
print({n: n % 3 for n in nums})
print({n % 4 for n in nums})
print([[i * j for j in range(3)] for i in range(3)])
print(sum(n for n in nums), sum(n * 2 for n in nums if n > 3))
print(any(n > 8 for n in nums), all(n > 0 for n in nums), any(n > 10 for n in nums), all(n > 1 for n in nums))
print(min(n for n in nums if n > 3), max(len(w) for w in ["a", "abc", "ab"]))
print(any([]), all([]), sum([]))
words = ["apple", "Bob", "cat", "Dog"]
print([w.upper() for w in words if w[0].islower()])
print({w: len(w) for w in words})
print(sorted(words), sorted(words, key=lambda w: w.lower()), sorted(nums, reverse=True))
print(sorted(words, key=len), sorted([(2, "b"), (1, "z"), (2, "a")]))
pairs = [(k, v) for k, v in {"x": 1, "y": 2}.items()]
print(pairs, [k for k, _ in pairs])
x = 10
print([x for x in range(3)], x)
print(list(zip([1, 2, 3], "abc")), list(enumerate("xy", 1)))
print(sum(i for i in range(1, 1001) if i % 3 == 0 or i % 5 == 0))
flat = [c for row in [[1, 2], [3], []] for c in row]
print(flat, [n if n % 2 else -n for n in range(5)])
