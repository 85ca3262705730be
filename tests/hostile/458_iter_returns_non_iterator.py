# expect: TypeError: iter() returned non-iterator of type 'list'
# __iter__ returning a list instead of an iterator.
class A:
    def __iter__(self):
        return [1, 2]

for x in A():
    print(x)
