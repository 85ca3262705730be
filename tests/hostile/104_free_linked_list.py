# expect: ok
# Freeing a linked list of 1,000,000 instances (each holds the next in an attribute).
class Node:
    def __init__(self, nxt):
        self.nxt = nxt

head = None
for i in range(1000000):
    head = Node(head)
head = None
print("freed")
