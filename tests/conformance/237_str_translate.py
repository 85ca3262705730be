# pins: str.maketrans (one dict argument with str or int keys, two equal-length strings, a third of deleted characters) and str.translate (int, str and None values, a LookupError keeps the character, a user mapping) with their error messages
t = str.maketrans("abc", "xyz", "d")
print(sorted(t.items()), "abcdd-e".translate(t))
print(str.maketrans({"a": "AA", 98: None, "c": 120}), "abcabc".translate(str.maketrans({"a": "AA", 98: None, "c": 120})))
print("".maketrans("a", "b"), "héllo".translate({ord("é"): "e", ord("l"): "L"}))


class Upper:
    def __getitem__(self, i):
        if chr(i) in "aeiou":
            return chr(i).upper()
        raise LookupError(i)


print("translate me".translate(Upper()), "abc".translate({}), "abc".translate([None, 1]))
for args in [("ab", "c"), (1,), ({"ab": 1},), ({1.5: 1},), (1, "a"), ("a", 1), ("a", "b", 3)]:
    try:
        str.maketrans(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for table in [{97: 2**40}, {97: 1.5}, {97: -1}]:
    try:
        "a".translate(table)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
