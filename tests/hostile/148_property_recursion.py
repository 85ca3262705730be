# expect: RecursionError: maximum recursion depth exceeded
# A property whose getter reads itself.
class A:
    @property
    def p(self):
        return self.p

print(A().p)
