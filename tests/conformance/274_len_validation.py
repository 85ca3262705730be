# len() and truth take __len__'s result only as a non-negative index that
# fits; iter() wants an iterator back from __iter__.
class L:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class I:
    def __iter__(self):
        return [1, 2]


for n in (3, 0, True, -1, 2**100, "3", 1.0, None):
    for use in (len, bool):
        try:
            print(repr(n), use.__name__, use(L(n)))
        except (ValueError, OverflowError, TypeError) as e:
            print(repr(n), use.__name__, type(e).__name__, e)
try:
    iter(I())
except TypeError as e:
    print(e)
try:
    for _ in I():
        pass
except TypeError as e:
    print(e)
print(len(L(2**63 - 1)), "" if L(0) else "empty")
