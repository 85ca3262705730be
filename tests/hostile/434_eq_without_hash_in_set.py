# expect: TypeError: unhashable type: 'A'
# set.add of an instance whose class defines __eq__ only.
class A:
    def __eq__(self, other):
        return True

s = set()
s.add(A())
