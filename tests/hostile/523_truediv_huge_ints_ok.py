# expect: ok
# 10**400 / 10**399 fits: CPython divides exactly first.
print(10**400 / 10**399, (10**400 + 1) / 10**400, 1 / 10**400)
