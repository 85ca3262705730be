# expect: ok
# set.discard whose __eq__ clears the set.
s = set()

class K:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return 0
    def __eq__(self, other):
        s.clear()
        return False

for i in range(50):
    s.add(K(i))
print(len(s))
s.discard(K(99))
print(len(s))
