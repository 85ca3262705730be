# expect: ok
# sorted() with an __lt__ that is always True: CPython's timsort gives a definite order.
class A:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        return True

print([a.n for a in sorted([A(i) for i in range(40)])])
