# expect: TypeError: unhashable type: 'A'
# A class defining __eq__ but not __hash__ is unhashable.
class A:
    def __eq__(self, other):
        return True

d = {A(): 1}
