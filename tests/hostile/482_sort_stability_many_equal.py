# expect: ok
# sorted() is stable: 10,000 items with 10 distinct keys keep their order.
items = [(i % 10, i) for i in range(10000)]
r = sorted(items, key=lambda t: t[0])
print(all(r[i][1] < r[i + 1][1] for i in range(len(r) - 1) if r[i][0] == r[i + 1][0]), r[:3], r[-1])
