# expect: ok
# 1,500 instances with a constant __hash__ in a dict.
class K:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return 42
    def __eq__(self, other):
        return self.n == other.n

d = {K(i): i for i in range(1500)}
print(len(d), d[K(777)])
