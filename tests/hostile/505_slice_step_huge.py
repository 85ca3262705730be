# expect: ok
# A slice step of 2**100 is clamped.
l = [1, 2, 3]
print(l[::2**100], l[::-2**100], "abc"[::2**100], (1, 2)[2**100:], l[-2**100:2**100])
