# expect: TypeError: unhashable type: 'A'
# __hash__ = None makes a class unhashable.
class A:
    __hash__ = None

print(hash(A()))
