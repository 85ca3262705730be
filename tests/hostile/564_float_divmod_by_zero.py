# expect: ZeroDivisionError: float divmod()
# divmod(1, 0.0).
print(divmod(1, 0.0))
