# expect: ok
# s = s + 'x' 300,000 times (CPython's in-place trick covers this form too).
s = ""
for i in range(300000):
    s = s + "x"
print(len(s))
