# expect: ok
# %-formatting a 10**8-character result: a 10**5 string used 1,000 times by the template.
s = "y" * 10**5
print(len(("%s" * 1000) % ((s,) * 1000)))
