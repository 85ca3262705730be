# expect: ok
# list.remove where __eq__ shrinks the list.
l = []

class A:
    def __eq__(self, other):
        l.pop()
        return False

l.extend([A() for i in range(100)])
try:
    l.remove(0)
except ValueError as e:
    print(e)
print(len(l))
