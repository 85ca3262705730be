# expect: ok
# (-8) ** (1/3) is a complex number in CPython.
print((-8) ** (1 / 3))
