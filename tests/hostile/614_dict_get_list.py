# expect: TypeError: descriptor 'get' for 'dict' objects doesn't apply to a 'list' object
# dict.get called on a list.
print(dict.get([], 1))
