# expect: TypeError: unbound method list.append() needs an argument
# list.append called with no receiver.
list.append()
