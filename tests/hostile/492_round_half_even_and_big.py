# expect: ok
# round() of halves and of ints to negative digits.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(2**63 - 1, -1), round(10**20 + 5, -1), round(1234.5678, 2))
