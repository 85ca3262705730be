// str: immutable UTF-8 text (CPython's Objects/unicodeobject.c).
#pragma once
#include <cstdint>
#include <string>

#include "script/objects/object.h"

namespace ts::vm {

struct Dict;

struct Str : Obj {
  TS_KIND(Str);
  std::string s;      // UTF-8
  mutable uint64_t hash_ = 0;
  // An instance of a user subclass of str (a StrSub, subclass.h); null: str.
  // Kept beside the flags so a str is no bigger than without it.
  PyType* cls = nullptr;
  bool ascii = true;  // all bytes < 0x80: byte index == character index
  mutable bool hashed = false;
  explicit Str(std::string v);
  const char* type_name() const override { return "str"; }
  size_t length() const;  // in code points
  // Computed once (the slow half out of line): names are hashed on every lookup.
  uint64_t hash() const { return hashed ? hash_ : compute_hash(); }
  uint64_t compute_hash() const;
};

inline Value mkstr(std::string s) { return Value::object(new Str(std::move(s))); }
// The shared one-character str of an ASCII character (c < 0x80).
Value ascii_char(char c);

// ---- protocol (dispatched from object.cpp / abstract.cpp) ----
// s[key] for an int or a slice key.
bool str_getitem(VM& vm, Str* s, const Value& key, Value& out);
// `item in s`: item must be a str.
bool str_contains(VM& vm, Str* s, const Value& item, bool& out);
// s + b, s * n, s % args; handled = false for other operators and operands.
bool str_binop(VM& vm, int op, Str* s, const Value& b, Value& out, bool& handled);
// printf-style `fmt % args`.
bool format_percent(VM& vm, const Str& fmt, const Value& args, Value& out);
Value str_iter(Str* s);
// str(), str(x): the constructor.
bool str_new(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out);

}  // namespace ts::vm
