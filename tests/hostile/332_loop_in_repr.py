# expect: budget: steps
# An endless loop inside __repr__ reached from print.
class A:
    def __repr__(self):
        while True:
            pass

print([A()])
