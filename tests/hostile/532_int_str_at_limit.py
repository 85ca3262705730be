# expect: ok
# str() of a 4300-digit int is allowed.
x = 10**4299
print(len(str(x)), len(f"{x}"), len(repr(-x)))
