# expect: ok
# len(range(2**63 - 1)) still fits.
print(len(range(2**63 - 1)))
