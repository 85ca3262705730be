# pins: classes: __init__, methods, class vs instance attributes, inheritance, super(), overriding, isinstance
class Animal:
    kind = "animal"
    count = 0
    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound
        Animal.count += 1
    def speak(self):
        return f"{self.name} the {self.kind} says {self.sound}"
    def describe(self):
        return "I am " + self.speak()
class Dog(Animal):
    kind = "dog"
    def __init__(self, name, tricks=None):
        super().__init__(name, "woof")
        self.tricks = tricks or []
    def speak(self):
        base = super().speak()
        return base + "!" * len(self.tricks)
class Puppy(Dog):
    def describe(self):
        return "tiny " + super().describe()
a = Animal("generic")
d = Dog("rex", ["sit", "roll"])
p = Puppy("bit")
for x in [a, d, p]:
    print(x.describe())
print(Animal.count, a.count, d.kind, Animal.kind, p.tricks)
print(isinstance(p, Dog), isinstance(p, Animal), isinstance(a, Dog), isinstance(d, (int, Dog)))
print(type(p).__name__, type(a) == Animal, type(p) is Puppy)
d.kind = "instance override"
print(d.kind, Dog.kind, p.kind)
print(hasattr(d, "tricks"), hasattr(a, "tricks"), getattr(a, "tricks", "none"))
setattr(a, "tricks", ["fetch"])
print(a.tricks, getattr(a, "name"))
class Stack:
    def __init__(self):
        self.items = []
    def push(self, v):
        self.items.append(v)
        return self
    def pop(self):
        return self.items.pop()
    def __len__(self):
        return len(self.items)
s = Stack().push(1).push(2).push(3)
print(s.pop(), len(s), s.items)
m = s.push
m(9)
print(s.items)
try:
    a.missing
except AttributeError as e:
    print("AttributeError:", e)
