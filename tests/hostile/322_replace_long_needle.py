# expect: ok
# str.replace and split with a long near-matching needle.
hay = "a" * 10**6
needle = "a" * 10**5 + "b"
print(len(hay.replace(needle, "c")), len(hay.split(needle)))
