# expect: ok
# Closures in a loop see the final value.
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
