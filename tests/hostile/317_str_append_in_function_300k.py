# expect: ok
# s += str(i) in a local variable, 300,000 times.
def build():
    s = ""
    for i in range(300000):
        s += str(i % 10)
    return s

print(len(build()))
