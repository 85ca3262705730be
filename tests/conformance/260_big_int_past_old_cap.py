# Ints far past Turnstile's old 100,000-bit cap: CPython's answers (now the heap
# and step budgets bound them, not a bit count).
x = 1 << 10**6
print(x.bit_length(), x >> 999_990)
y = 3 ** 100_000
print(y.bit_length(), y % 1_000_000_007)
z = y * y
print(z.bit_length(), z % (2**61 - 1), z // y == y)
w = (1 << 300_000) - 1
print(w.bit_length(), (w * w) % 998_244_353, (-w) >> 299_990)
print(pow(7, 50_000).bit_length(), -(5 ** 80_000) % 97)
