# expect: ok
# list.sort where __lt__ appends to the list being sorted.
l = []

class A:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        l.append(A(0))
        return self.n < other.n

l.extend([A(i) for i in (5, 3, 8, 1)])
try:
    l.sort()
except ValueError as e:
    print(e)
print(len(l) > 4)
