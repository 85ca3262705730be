# expect: ok
# list.index where __eq__ clears the list being searched.
l = []

class A:
    def __eq__(self, other):
        l.clear()
        return False

l.extend([A() for i in range(1000)])
try:
    print(l.index(5))
except ValueError as e:
    print(e)
print(len(l))
