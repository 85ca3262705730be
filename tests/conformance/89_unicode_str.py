# pins: str character classes, full case mappings, final sigma, identifiers, Unicode digits (CPython's Unicode 14 table)
# str's character classes and case mappings are CPython's (Unicode 14):
# letters beyond Latin-1, full case mappings, final sigma, identifiers.
samples = [
    "hello", "Straße", "ΣΊΣΥΦΟΣ", "ὈΔΥΣΣΕΎΣ", "İstanbul", "ǅungla", "ﬁne ﬂow", "ŉ", "Ǆ",
    "АБВгд", "日本語", "한국어", "ℕℤℚ", "x²", "٣٤٥", "①②", "½", "\u00a0\u2003x\u3000",
    "A:Σ", "AΣ.", "aΣb", "ΑΣ'Σ", "ǰ", "ᾳ", "Ⅻ", "ⅻ", "ﬀ", "🙂ok", "\u0345",
]
for s in samples:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
    print(" ", [s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(),
                s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isidentifier(),
                s.isprintable()])
for name in ["ℕ", "_x", "x·y", "·x", "a\u200d", "٣x", "x٣", "é", "e\u0301", "🙂", "Ⅻ"]:
    print(repr(name), name.isidentifier())
print(int("٣٤٥"), int(" \u2003７\u3000"), float("１.５"))
print(repr("\u00ad\u200b\u2028\U000e0001 \x7f\x85"), ascii("é😀\u2028"))
print(" a\u2003b\u3000c ".split(), "\u2003x\u2003".strip())
print(ord("😀"), ord("é"), len("😀é"), "😀é"[1])
