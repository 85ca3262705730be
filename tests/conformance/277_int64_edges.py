# Int arithmetic at the int64 edge becomes big ints, as CPython's ints are
# unbounded.
m = -(2**63)
print(-m, abs(m), m // -1, m * -1, divmod(m, -1), m % -1, -m - 1, m - 1)
M = 2**63 - 1
print(M + 1, M * 2, -M - 2, M << 1, round(M, -1), round(M, -2), round(10**20 + 5, -1), round(-M, -1))
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(1234.5678, 2), round(10**30, 2**100))
print(divmod(10**20, 7), divmod(-(10**20), 7), divmod(7, 10**20), divmod(2**63, -1))
print(round(1.5, 2**100), round(1.5, -(2**100)), round(2.675, 2))
