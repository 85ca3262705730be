# expect: ok
# str() of a 10**5-element list of 10**3-character strings (100 MB of text).
l = ["x" * 1000] * 10**5
print(len(str(l)))
