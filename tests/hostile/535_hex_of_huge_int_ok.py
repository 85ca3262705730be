# expect: ok
# hex() and format(x, 'x') are not limited.
x = 10**5000
print(len(hex(x)), len(format(x, "x")), len(bin(x)))
