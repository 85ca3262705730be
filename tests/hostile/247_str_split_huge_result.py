# expect: ok
# 'a,' * 10**7 split on ',' (10**7 pieces).
print(len(("a," * 10**7).split(",")))
