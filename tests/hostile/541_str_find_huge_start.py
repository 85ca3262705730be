# expect: ok
# 'abc'.find('b', 2**100) and slicing with huge bounds.
print("abc".find("b", 2**100), "abc".find("b", -2**100), "abc"[2**100:], "abc"[-2**100:2])
