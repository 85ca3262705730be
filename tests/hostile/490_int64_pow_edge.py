# expect: ok
# Powers at the int64 boundary.
print(2**63, (-2)**63, (-2)**64, 3**40, pow(2, 63), pow(-2, 63), 7**22, (-7)**23)
