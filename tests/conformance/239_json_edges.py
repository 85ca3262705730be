# pins: json edges: escapes with and without ensure_ascii (controls, quotes, astral characters as surrogate pairs), indent as int/0/str, empty containers, nested indentation, float and key rules, allow_nan, skipkeys, circular references, sort_keys on mixed keys, loads errors with line/column, big ints, object_hook, duplicate keys
import json

print(json.dumps('q"b\\s\n\t\x01\x1f é € 𝄞'), json.dumps("é𝄞\x7f", ensure_ascii=False))
data = {"a": [], "b": {}, "c": [1, [2, {"d": None}]], "e": "x"}
print(json.dumps(data, indent=3))
print(json.dumps(data, indent=0))
print(json.dumps([1, {"k": 2}], indent="--"))
print(json.dumps({2.5: 1, True: 2, None: 3, 7: 4}), json.dumps([1.0, -0.0, 1e100, 123456789.125, 2**70]))
print(json.dumps([float("nan"), float("-inf")]), json.dumps({"x": 1}, separators=(";", "=")))
for kw in [{"allow_nan": False}, {}]:
    try:
        print(json.dumps({(1, 2): 1}, **kw) if not kw else json.dumps(float("inf"), **kw))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(json.dumps({(1, 2): 1, "ok": 2}, skipkeys=True))
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError", e)
try:
    json.dumps({1: "a", "b": 2}, sort_keys=True)
except TypeError as e:
    print("TypeError", e)
print(json.dumps({"b": 1, "a": {"d": 1, "c": 2}}, sort_keys=True))
for doc in ['[1, 2', '{"a" 1}', '\n\n  [1,]', '', '"abc', '[1] x', '{"a": 1,}', 'nul', '"\\x"']:
    try:
        json.loads(doc)
    except json.JSONDecodeError as e:
        print(repr(doc), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
print(json.loads("123456789012345678901234567890"), json.loads(" [NaN, Infinity, -Infinity, -0, -0.0, 1E2] "))
print(json.loads('{"a": 1, "b": 2, "a": 3}'), json.loads('"\\ud834\\udd1e \\u00e9"'))
print(json.loads('{"p": {"x": 1}, "q": [{"y": 2}]}', object_hook=lambda d: sorted(d)))
try:
    json.loads(5)
except TypeError as e:
    print("TypeError", e)
print(isinstance(json.JSONDecodeError("m", "doc", 1), ValueError))
