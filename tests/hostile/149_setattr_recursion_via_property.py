# expect: RecursionError: maximum recursion depth exceeded
# A property setter that assigns the property.
class A:
    @property
    def p(self):
        return 1

    @p.setter
    def p(self, v):
        self.p = v

a = A()
a.p = 5
