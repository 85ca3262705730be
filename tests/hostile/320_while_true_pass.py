# expect: budget: steps
# while True: pass (the control: today's step budget stops it).
while True:
    pass
