# expect: ok
# list.count where __eq__ empties the list mid-scan.
l = []

class A:
    def __eq__(self, other):
        del l[:]
        return True

l.extend([A() for i in range(1000)])
print(l.count(0), len(l))
