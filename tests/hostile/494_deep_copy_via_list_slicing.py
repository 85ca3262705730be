# expect: ok
# Nested list aliasing: [[0]*3]*3 shares rows.
m = [[0] * 3] * 3
m[0][0] = 1
print(m, m[0] is m[1])
