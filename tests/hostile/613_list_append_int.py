# expect: TypeError: descriptor 'append' for 'list' objects doesn't apply to a 'int' object
# list.append called on an int.
list.append(1, 2)
