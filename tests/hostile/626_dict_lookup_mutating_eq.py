# expect: ok
# A dict lookup whose key __eq__ clears the dict.
d = {}

class K:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return 1
    def __eq__(self, other):
        d.clear()
        return False

for i in range(100):
    d[K(i)] = i
print(d.get(K(-1), "missing"), len(d))
