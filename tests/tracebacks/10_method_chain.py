class Node:
    def __init__(self, parent=None):
        self.parent = parent

    def root(self):
        return self.parent.root() if self.parent else self


leaf = Node(Node(Node()))
print(leaf.root() is leaf.parent.parent)
print(leaf.parent.parent.parent.root())
