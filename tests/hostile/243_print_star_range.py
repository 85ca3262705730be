# expect: ok
# print(*range(2 * 10**5)) writes about 1.3 MB in one call.
print(*range(2 * 10**5))
