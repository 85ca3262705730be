# expect: RecursionError: maximum recursion depth exceeded
# __format__ that formats self with an f-string.
class A:
    def __format__(self, spec):
        return f"{self:x}"

print(f"{A()}")
