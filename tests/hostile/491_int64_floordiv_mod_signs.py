# expect: ok
# Floor division and modulo with mixed signs near int64 limits.
m = -2**63
M = 2**63 - 1
print(M // -1, m // 1, m % 7, M % -7, (-7) // 2, 7 // -2, -7 % 3, 7 % -3, divmod(m, 3))
