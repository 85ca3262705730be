# expect: ok
# sorted() sorts a copy: a key that empties the source list changes nothing.
l = [3, 1, 2]

def key(x):
    l.clear()
    return x

print(sorted(l, key=key), l)
