# expect: E: <exception str() failed>
# An uncaught exception whose __str__ recurses forever.
class E(Exception):
    def __str__(self):
        return str(self)

raise E("x")
