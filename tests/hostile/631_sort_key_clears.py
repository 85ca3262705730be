# expect: ok
# list.sort with a key function that clears the list.
l = list(range(10))

def key(x):
    l.clear()
    return -x

try:
    l.sort(key=key)
except ValueError as e:
    print(e)
print(l)
