# expect: ok
# Equality of big ints built differently.
a = 10**20
b = int("1" + "0" * 20)
print(a == b, hash(a) == hash(b), {a: 1}[b])
