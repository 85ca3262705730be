# pins: lambdas, functions as values, higher-order helpers, sorting by computed keys, immediately-invoked lambdas
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), (lambda: "iife")())
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([ops[o](6, 3) for o in "+-*"])
def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run
inc = lambda x: x + 1
print(compose(square, inc)(3), compose(inc, square)(3), compose()(5))
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(lambda v: v * 2, 10, 1), apply_n(str, 1, 5) + "!")
people = [("ann", 31), ("bob", 25), ("cy", 31), ("di", 19)]
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: len(p[0])))
print([f(2) for f in [square, inc, abs, str, float]])
adders = [lambda x, k=k: x + k for k in range(3)]
print([a(10) for a in adders])
kw = lambda *args, **kwargs: (args, kwargs)
print(kw(1, 2, z=3))
print(list(zip(*[[1, 2, 3], [4, 5, 6]])))
