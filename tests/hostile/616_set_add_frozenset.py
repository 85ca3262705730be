# expect: TypeError: descriptor 'add' for 'set' objects doesn't apply to a 'frozenset' object
# set.add called on a frozenset.
set.add(frozenset(), 1)
