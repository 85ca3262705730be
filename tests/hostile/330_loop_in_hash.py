# expect: budget: steps
# An endless loop inside __hash__ during a dict insert.
class K:
    def __hash__(self):
        while True:
            pass

d = {K(): 1}
