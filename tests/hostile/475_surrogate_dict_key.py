# expect: ok
# Lone surrogates as dict keys and in sorting.
d = {"\ud800": 1, "\udfff": 2, "\U00010000": 3}
print(sorted(d) == ["\ud800", "\udfff", "\U00010000"], d["\ud800"], len(d))
