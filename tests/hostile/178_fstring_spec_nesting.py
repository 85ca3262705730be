# expect: SyntaxError: f-string: expressions nested too deeply
# A format spec nested three deep inside an f-string.
print(f"{1:{2:{3}}}")
