# pins: json.dumps (indent, sort_keys, separators, ensure_ascii, default=), json.loads types, float/int/None/bool mapping, errors
import json

doc = {"name": "sensor-1", "values": [1, 2.5, None, True], "meta": {"z": 1, "a": "é"}, "t": (1, 2)}
print(json.dumps(doc))
print(json.dumps(doc, sort_keys=True, indent=2))
print(json.dumps(doc["meta"], separators=(",", ":"), ensure_ascii=False))
back = json.loads('{"a": [1, 2.0, 1e3, null, false], "b": {"c": "\\u00e9"}, "d": 12345678901234567890}')
print(back, type(back["a"][1]).__name__, type(back["d"]).__name__)
print(json.dumps(float("inf")), json.dumps(1e16), json.dumps(0.1 + 0.2))
print(json.dumps({1: "int key", None: "none key"}))
print(json.dumps({"when": 3.5}, default=str), json.dumps(set([1]), default=sorted))
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads('{"a": }')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e, e.pos)
