# expect: ok
# pow(3, 10**100, 10**9 + 7) is fast modular exponentiation.
print(pow(3, 10**100, 10**9 + 7), pow(2, -1, 7), pow(10**30, 10**30, 97))
