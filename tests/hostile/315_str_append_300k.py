# expect: ok
# s += 'x' 300,000 times: CPython resizes in place (linear).
s = ""
for i in range(300000):
    s += "x"
print(len(s))
