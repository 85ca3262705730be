# expect: ok
# max() whose key function clears the list being scanned.
l = list(range(100))

def key(x):
    l.clear()
    return x

print(max(l, key=key))
