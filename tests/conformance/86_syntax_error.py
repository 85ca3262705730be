# pins: a syntax error anywhere in the file is reported before anything runs: no stdout, exit 2
print("this line must not run")

def broken(:
    pass
