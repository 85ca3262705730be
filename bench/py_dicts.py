# target: 1.5x
# Pure Python: dict insert, lookup, update and iteration with str and int keys.
def run():
    keys = ["k" + str(i) for i in range(1000)]
    total = 0
    for rep in range(300):
        d = {}
        for i, k in enumerate(keys):
            d[k] = i
        for k in keys:
            total += d[k]
        n = {}
        for i in range(1000):
            n[i * 7] = i
        for i in range(0, 7000, 7):
            total += n.get(i, 0)
        for k, v in d.items():
            if v & 1:
                total -= 1
        total += len(d) + (("k5" in d) + (-1 in n))
    return total

print(run())
