# expect: ok
# round(1.5, 2**100): a huge ndigits is clamped for floats.
print(round(1.5, 2**100), round(1.5, -2**100), round(2.675, 2))
