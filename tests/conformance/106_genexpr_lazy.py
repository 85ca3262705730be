# pins: generator expressions are lazy (the first iterable is evaluated at once, the rest on demand); any()/all() short-circuit
def noisy(n):
    print("noisy", n)
    return n


def source():
    print("source evaluated")
    return [1, 2, 3, 4]


gen = (noisy(x) * 10 for x in source())
print("genexpr created")
print(next(gen))
print("any:", any(noisy(x) > 1 for x in [0, 2, 3]))
print("all:", all(noisy(x) < 2 for x in [1, 5, 0]))
pairs = ((a, b) for a in range(2) for b in range(noisy(2)))
print(list(pairs))
print(sum(x * x for x in range(5)))
