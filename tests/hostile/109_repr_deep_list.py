# expect: RecursionError: maximum recursion depth exceeded while getting the repr of an object
# repr() of a list nested 100,000 deep.
l = []
for i in range(100000):
    l = [l]
print(len(repr(l)))
