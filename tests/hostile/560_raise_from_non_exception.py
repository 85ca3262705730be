# expect: TypeError: exception causes must derive from BaseException
# raise ValueError from 1.
raise ValueError("x") from 1
