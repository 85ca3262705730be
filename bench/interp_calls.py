# target: 1.5x
# The interpreter loop without the event loop: recursion, arithmetic loops,
# method calls with keywords, and raising/catching.
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

class P:
    def __init__(self, x):
        self.x = x

    def get(self, k=1):
        return self.x * k

def loops():
    s = 0
    for i in range(1000000):
        s += i % 7
        if i & 1:
            s -= 1
    return s

def objs():
    t = 0
    for i in range(200000):
        p = P(i)
        t += p.get() + p.get(k=2)
    return t

def exc():
    n = 0
    for i in range(100000):
        try:
            raise ValueError(i)
        except ValueError:
            n += 1
    return n

print(fib(25), loops(), objs(), exc())
