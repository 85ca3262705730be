# expect: ok
# f-strings nested through the four quote kinds.
x = 5
print(f"""{f'''{f"{f'{x}'}"}'''}""", f"{'{'}{x!r:>{x}}{'}'}")
