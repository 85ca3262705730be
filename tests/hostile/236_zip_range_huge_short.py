# expect: ok
# zip of a huge range with a short list.
print(list(zip(range(10**12), "abc")))
