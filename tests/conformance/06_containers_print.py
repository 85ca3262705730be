# pins: str/repr of list, tuple, dict, set, nested containers, empty and singleton forms
print([1, 2, 3], [], [[]], ["a", 'b"c', "d'e"])
print((1, 2), (1,), (), ((1, 2), (3,)))
print({"a": 1, "b": [1, 2]}, {}, {1: "one", (2, 3): None, 4.5: True})
print({1, 2, 3}, set(), {3, 1, 2}, {5})
print([None, True, 1.0, "s", (1,), {"k": "v"}])
print(str([1, "x"]), repr(("y",)), repr({"q": 'it\'s'}))
d = {}
d["z"] = 1
d["a"] = 2
d["m"] = 3
d["z"] = 4
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(len(d), "a" in d, 2 in d, d.get("nope"), d.get("nope", 0))
t = (1, [2, 3])
t[1].append(4)
print(t, t[1], t[-1][-1])
nested = {"outer": {"inner": [1, (2, 3), {"deep": None}]}}
print(nested, nested["outer"]["inner"][2]["deep"])
print(list((1, 2)), tuple([3, 4]), dict([("a", 1), ("b", 2)]), set([1, 1, 2]), list({"k": 1, "j": 2}))
print(dict(a=1, b=2), sorted({3, 1, 2}), tuple("ab"), list(range(3)))
print([1, 2] == [1, 2], (1, 2) == (1, 2), {1: 2} == {1: 2}, [1] < [1, 0], (1, 2) < (1, 3))
print([[0] * 3 for _ in range(2)], [0.5, 0.25] + [1e16])
print({1, 2} | {2, 3} == {1, 2, 3}, {1, 2} & {2, 3}, {1, 2} - {2}, 2 in {1, 2})
