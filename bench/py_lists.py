# target: 1.5x
# Pure Python: list append, indexing, sort, comprehensions and slicing.
def run():
    total = 0
    for rep in range(200):
        xs = []
        for i in range(2000):
            xs.append((i * 7919) % 2003)
        for i in range(len(xs)):
            total += xs[i]
        ys = sorted(xs)
        xs.sort(reverse=True)
        sq = [x * x for x in ys if x & 1]
        total += ys[0] + xs[0] + len(sq) + sum(sq[:10]) + xs.index(ys[5])
    return total

print(run())
