# expect: TypeError: exceptions must derive from BaseException
# raise 1.
raise 1
