# expect: ok
# -(-2**63), abs(-2**63) and -2**63 // -1 must become big ints.
m = -2**63
print(-m, abs(m), m // -1, m * -1, divmod(m, -1), m % -1)
