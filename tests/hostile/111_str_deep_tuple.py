# expect: RecursionError: maximum recursion depth exceeded while getting the repr of an object
# str() of a tuple nested 100,000 deep.
t = ()
for i in range(100000):
    t = (t,)
print(len(str(t)))
