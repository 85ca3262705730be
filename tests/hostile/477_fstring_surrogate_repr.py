# expect: ok
# A lone surrogate through f-string !r and ascii().
s = "\udc80"
print(f"{s!r} {s!a} {ascii(s)}")
