// dict: an insertion-ordered hash table (CPython 3.7+ order; CPython's
// Objects/dictobject.c), and the views dict_keys / dict_values / dict_items.
#pragma once
#include <string_view>
#include <unordered_map>
#include <vector>

#include "script/objects/object.h"

namespace ts::vm {

// Hash and equality of keys as Python sees them. Unhashable values are
// rejected (VM::hash) before they get here.
struct ValueHash {
  size_t operator()(const Value& v) const { return (size_t)hash_value(v); }
};
struct ValueEq {
  bool operator()(const Value& a, const Value& b) const { return basic_eq(a, b); }
};

// Entries in insertion order; deleted ones are tombstones until compact().
struct Dict : Obj {
  TS_KIND(Dict);
  struct Entry { Value key; Value value; bool live; };
  std::vector<Entry> entries;
  std::unordered_map<Value, size_t, ValueHash, ValueEq> index;
  size_t live = 0;
  const char* type_name() const override { return "dict"; }
  Value* find(const Value& k);
  const Value* find(const Value& k) const;
  void set(const Value& k, Value v);
  bool erase(const Value& k);
  void clear();
  void compact();
  Value* find_str(std::string_view k);  // attribute dicts: looks up without making a Str
};

// ---- protocol (dispatched from object.cpp / abstract.cpp) ----
bool dict_getitem(VM& vm, Dict* d, const Value& key, Value& out);
bool dict_delitem(VM& vm, Dict* d, const Value& key);
bool dict_repr(VM& vm, const Value& self, Dict* d, std::string& out);
bool dict_eq(VM& vm, Dict* a, Dict* b, bool& out);
// a | b, and a |= b (mutates a).
Value dict_or(const Value& a, Dict* b, bool inplace);
Value dict_iter(Dict* d);
// The constructor dict(mapping_or_pairs, **kwargs).
bool dict_new(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out);

// d[k] = v after checking that k is hashable.
bool dict_set(VM& vm, Dict* d, const Value& k, const Value& v);
// dict.update semantics: a dict, an object with keys(), or an iterable of pairs.
bool dict_update_from(VM& vm, Dict* d, const Value& src);

// d.keys(), d.values(), d.items(): which = 0, 1, 2.
Value dict_view(Dict* d, int which);
// Creates the view types (their protocol is native dunders: repr, len,
// iter, reversed, contains, eq).
void setup_dict_views(VM& vm);

}  // namespace ts::vm
