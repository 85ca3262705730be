# expect: ok
# Sorting and min/max with NaNs present.
nan = float("nan")
print(sorted([3, nan, 1, 2]), min([nan, 1]), max([1, nan]), max([nan, 1]))
print(nan < 1, nan > 1, nan != nan)
