# expect: budget: steps
# Raising and catching an exception forever.
while True:
    try:
        raise ValueError("again")
    except ValueError:
        pass
