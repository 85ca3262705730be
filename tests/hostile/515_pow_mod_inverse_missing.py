# expect: ValueError: base is not invertible for the given modulus
# pow(2, -1, 4): no inverse.
print(pow(2, -1, 4))
