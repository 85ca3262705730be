# expect: ok
# A sort whose key raises half-way leaves the list as it was.
l = [5, 2, 9, 1, 7]

def key(x):
    if x == 9:
        raise KeyError(x)
    return x

try:
    l.sort(key=key)
except KeyError as e:
    print("KeyError", e)
print(l)
