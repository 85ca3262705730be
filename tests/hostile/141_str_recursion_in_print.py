# expect: RecursionError: maximum recursion depth exceeded while getting the str of an object
# __str__ that prints self.
class A:
    def __str__(self):
        return "<" + str(self) + ">"

print(A())
