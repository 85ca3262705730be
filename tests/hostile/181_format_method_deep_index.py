# expect: ok
# str.format with a 1,000-step attribute/index chain in one field.
l = []
l.append(l)
print(("{0" + "[0]" * 1000 + "}").format(l)[:10])
