// dict: an insertion-ordered hash table (CPython 3.7+ order; CPython's
// Objects/dictobject.c), and the views dict_keys / dict_values / dict_items.
#pragma once
#include <cstddef>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "script/objects/object.h"

namespace ts::vm {

struct Str;

// Entries in insertion order (deleted ones are tombstones until compact())
// and an open-addressing index over them, probed as CPython's dictobject.c
// (i = 5*i + perturb + 1). Each entry keeps its key's hash. Keys are
// compared by identity, then hash, then ==: for str, numbers and None
// directly, for any other key through VM::eq, so a user __eq__ runs (and
// VM::hash, so a user __hash__ runs, when no hash is given). A user method
// that raises leaves vm.error set (the VM-aware callers check it); one that
// mutates the dict restarts the lookup, as in CPython.
struct Dict : Obj {
  TS_KIND(Dict);
  struct Entry {
    Value key;
    Value value;
    bool live;
    uint64_t hash;
  };
  std::vector<Entry> entries;
  size_t live = 0;
  const char* type_name() const override { return "dict"; }
  Value* find(const Value& k) { return find(k, key_hash(k)); }
  const Value* find(const Value& k) const { return const_cast<Dict*>(this)->find(k); }
  Value* find(const Value& k, uint64_t hash);
  void set(const Value& k, Value v) { set(k, key_hash(k), std::move(v)); }
  void set(const Value& k, uint64_t hash, Value v);
  bool erase(const Value& k) { return erase(k, key_hash(k)); }
  bool erase(const Value& k, uint64_t hash) { return pop(k, hash, nullptr); }
  // Removes k, its value into *value (when given); false when absent.
  bool pop(const Value& k, uint64_t hash, Value* value);
  void clear();
  void compact();
  Value* find_str(std::string_view k);  // attribute dicts: looks up without making a Str
  Value* find_str(const Str& k);        // with k's cached hash
  // The hash a key is stored under: CPython's for builtin values, the user
  // __hash__ (through VM::hash) for instances and containers of them.
  static uint64_t key_hash(const Value& k);
  // Changes with every insertion, removal and rebuild (not with a value
  // replaced in place), drawn from one counter for all dicts, so a version
  // names one dict in one layout: an inline cache keyed by it may keep an
  // entry index (the interpreter's LOAD_GLOBAL). Never 0.
  uint64_t version_tag() const { return version; }
  // Set on the dicts of types as PyType::lookup first walks them: any
  // insertion, removal or rebuild of a watched dict advances type_epoch, so
  // lookup's cache of where an attribute is found along an MRO stays
  // right (a value replaced in place keeps its entry: nothing to forget).
  bool watched = false;
  static inline uint64_t type_epoch = 1;
  // A type's dict freed (its VM ends): another type may come to live at the
  // same address, so the cache forgets everything.
  ~Dict() override {
    if (watched) ++type_epoch;
  }
  // The entry index of a value that find/find_str returned.
  size_t entry_index(const Value* v) const {
    return size_t(reinterpret_cast<const Entry*>(reinterpret_cast<const char*>(v) - offsetof(Entry, value)) -
                  entries.data());
  }

 private:
  void changed() {
    version = next_version();
    if (watched) ++type_epoch;
  }
  static uint64_t next_version() {
    static thread_local uint64_t counter = 0;
    return ++counter;
  }
  // slots[i]: 0 empty, kDummy deleted, else entry index + 1.
  static constexpr int32_t kDummy = -1;
  std::vector<int32_t> slots;
  size_t fill = 0;        // slots not empty (live + dummy)
  uint64_t version = next_version();  // see version_tag()
  // The slot holding k (or -1), and where an insertion would go.
  int64_t lookup(const Value& k, uint64_t hash, int64_t* free_slot);
  void rebuild(size_t min_size);
  template <class Eq>
  Value* probe_str(uint64_t hash, const Eq& eq, bool& general);
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
