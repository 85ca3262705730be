# expect: RuntimeError: me
# An exception that is its own __cause__ and __context__.
e = RuntimeError("me")
e.__cause__ = e
e.__context__ = e
raise e
