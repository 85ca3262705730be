# expect: ok
# list.sort with a key function that appends to the list.
l = [3, 1, 2]

def key(x):
    l.append(x)
    return x

try:
    l.sort(key=key)
except ValueError as e:
    print(e)
print(len(l))
