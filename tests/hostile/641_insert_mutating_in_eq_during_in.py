# expect: ok
# `in` on a list where __eq__ appends to the list (bounded): CPython rereads the length.
l = []

class A:
    def __eq__(self, other):
        if len(l) < 5000:
            l.append(A())
        return False

l.append(A())
print(0 in l, len(l))
