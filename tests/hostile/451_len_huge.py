# expect: OverflowError: cannot fit 'int' into an index-sized integer
# __len__ returning 2**100.
class A:
    def __len__(self):
        return 2**100

print(len(A()))
