# expect: ok
# hash() of a tuple nested 100,000 deep (CPython recurses in C and succeeds).
t = ()
for i in range(100000):
    t = (t,)
print(hash(t) == hash(t))
