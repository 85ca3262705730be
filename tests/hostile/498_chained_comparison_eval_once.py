# expect: ok
# A chained comparison evaluates its middle operand once.
n = 0

def mid():
    global n
    n += 1
    return 5

print(1 < mid() < 10, n)
