# expect: budget: output
# Ten million short prints.
for i in range(10**7):
    print(i)
