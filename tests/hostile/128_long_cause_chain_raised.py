# expect: ValueError: 29999
# Raising the last of 30,000 exceptions chained with `raise ... from`.
prev = None
for i in range(30000):
    try:
        raise ValueError(i) from prev
    except ValueError as e:
        prev = e
raise prev
