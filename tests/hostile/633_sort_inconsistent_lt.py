# expect: ok
# sorted() with an __lt__ that answers at random: the result must still be a permutation.
import random

class A:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        return random.random() < 0.5

r = sorted([A(i) for i in range(2000)])
print(len(r), sorted(a.n for a in r) == list(range(2000)))
