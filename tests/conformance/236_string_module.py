# pins: string constants, string.Template substitute/safe_substitute, capwords, Formatter().format, str methods used with them
import string

print(string.ascii_lowercase, string.ascii_uppercase[:5], string.digits, string.hexdigits)
print(len(string.punctuation), repr(string.whitespace), len(string.printable))
t = string.Template("Hello $name, you owe ${amount} coins. $$5 fee")
print(t.substitute(name="Ann", amount=12))
print(t.safe_substitute(name="Bob"))
try:
    t.substitute(name="Cy")
except KeyError as e:
    print("KeyError", e)
print(string.capwords("the quick  brown fox"), string.capwords("a-b c-d", "-"))
print(string.Formatter().format("{0}-{x:>4}", "a", x=7))
table = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[13:] + string.ascii_lowercase[:13])
print("hello world".translate(table))
print([c for c in "a1-B2" if c in string.ascii_letters + string.digits])
