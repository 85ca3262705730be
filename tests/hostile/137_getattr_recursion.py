# expect: RecursionError: maximum recursion depth exceeded
# __getattr__ that looks up a missing attribute on self: RecursionError.
class A:
    def __getattr__(self, name):
        return self.missing

print(A().x)
