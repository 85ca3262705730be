# comment at start

x = 1  # trailing comment
    # indented comment

def f():
	return 1

def g():
        if x:
                return 2
        # comment
        return 3

class A:

    def m(self):

        pass


    # comment between

    def n(self): pass
if x:
  if y:
    pass
  else:
    pass
z = 3
