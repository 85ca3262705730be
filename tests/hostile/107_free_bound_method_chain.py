# expect: ok
# Freeing 300,000 instances chained through bound methods stored as attributes.
class A:
    def m(self):
        return 1

prev = None
for i in range(300000):
    a = A()
    a.prev = prev
    prev = a.m
prev = None
a = None
print("freed")
