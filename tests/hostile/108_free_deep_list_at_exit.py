# expect: ok
# A list nested 1,000,000 deep still alive when the script ends: teardown must not recurse.
l = []
for i in range(1000000):
    l = [l]
print("built")
