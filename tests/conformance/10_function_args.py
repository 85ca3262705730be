# pins: defaults, keyword args, *args/**kwargs in definitions and calls, keyword-only args, annotations ignored
def f(a, b=2, *args, c=3, **kwargs):
    print("a", a, "b", b, "args", args, "c", c, "kwargs", kwargs)

f(1)
f(1, 5)
f(1, 5, 6, 7)
f(1, c=9)
f(b=4, a=0)
f(1, 2, 3, c=4, d=5, e=6)
f(*[10, 20, 30], **{"c": 40, "z": 50})
f(*(1,), *[2, 3], x=1, **{"y": 2})

def total(*nums, scale: float = 1.0) -> float:
    return sum(nums) * scale

print(total(), total(1, 2, 3), total(1, 2, scale=0.5))

def kwonly(a, *, b, c=None):
    return [a, b, c]

print(kwonly(1, b=2), kwonly(a=1, b=2, c=3))

def describe(name: str, **info: int) -> str:
    parts = [f"{k}={v}" for k, v in info.items()]
    return name + "(" + ", ".join(parts) + ")"

print(describe("cfg", retries=3, timeout=30, workers=10))

def default_list(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc

print(default_list(1), default_list(2), default_list(3, [0]))

def shared(x, acc=[]):
    acc.append(x)
    return acc

shared(1)
print(shared(2))

def returns_tuple():
    return 1, "two", [3]

a, b, c = returns_tuple()
print(a, b, c, returns_tuple())

def no_return():
    pass

print(no_return())
try:
    f()
except TypeError as e:
    print("TypeError raised")
