# expect: budget: memory
# 10 ** (10 ** 10): a 33-gigabit integer.
x = 10 ** (10 ** 10)
print(x % 7)
