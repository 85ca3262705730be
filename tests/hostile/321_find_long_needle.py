# expect: ok
# str.find of a 100,001-character needle in a 10**6 string of near-matches (CPython: two-way search).
hay = "a" * 10**6
needle = "a" * 10**5 + "b"
print(hay.find(needle), needle in hay, hay.count(needle))
