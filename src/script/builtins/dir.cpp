// dir() (CPython's builtin_dir, object.__dir__, type.__dir__, module.__dir__).
// A script prints dir(x) or filters it, so the list must be CPython's: the
// names of builtin types come from dir_names.inc (CPython 3.11's own
// __dict__ of each builtin type, scripts/gen_dir_names.py), a user class
// contributes its namespace plus what type() adds to it (__dict__,
// __weakref__, slot names), and the result is sorted as sorted() sorts str.
#include <algorithm>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>

#include "script/builtins/types.h"

namespace ts::vm {

namespace {

struct DirRow {
  const char* name;
  const char* base;  // CPython's __base__, "" for object
  const char* names;
};
constexpr DirRow kDirRows[] = {
#include "script/builtins/dir_names.inc"
};

const DirRow* dir_row(std::string_view name) {
  static const std::unordered_map<std::string_view, const DirRow*> rows = [] {
    std::unordered_map<std::string_view, const DirRow*> m;
    for (const DirRow& r : kDirRows) m.emplace(r.name, &r);
    return m;
  }();
  auto it = rows.find(name);
  return it == rows.end() ? nullptr : it->second;
}

using Names = std::set<std::string>;  // std::string's < is sorted()'s order for UTF-8

// The builtin type `name` and its CPython bases: the union of their __dict__s.
void add_builtin(const DirRow* row, Names& names) {
  for (; row; row = *row->base ? dir_row(row->base) : nullptr) {
    std::string_view s = row->names;
    while (!s.empty()) {
      size_t sp = s.find(' ');
      names.emplace(s.substr(0, sp));
      s = sp == std::string_view::npos ? std::string_view() : s.substr(sp + 1);
    }
  }
}

void add_dict_keys(Dict* d, Names& names) {
  if (!d) return;
  for (auto& e : d->entries)
    if (e.live)
      if (Str* k = as<Str>(e.key)) names.insert(k->s);
}

// Builtins whose subclasses get no __weakref__: variable-sized instances
// (int, tuple, bytes) or a base that already keeps weak references.
bool refuses_weakref(const PyType* t) {
  static const std::set<std::string_view> kinds = {"int", "bool", "tuple", "set", "frozenset", "type", "bytes"};
  return !t->user && t->module == "builtins" && kinds.count(t->name->s);
}

// type.__dir__: the names along t's MRO.
void add_type(PyType* t, Names& names) {
  bool refuse_weak = false, slotless_user = false;
  for (PyType* c : t->mro) {
    if (!c->user) {
      refuse_weak = refuse_weak || refuses_weakref(c);
      const DirRow* row = c->module == "builtins" ? dir_row(c->name->s) : nullptr;
      if (row) add_builtin(row, names);
      else add_dict_keys(c->dict.get(), names);
      continue;
    }
    Names own;
    add_dict_keys(c->dict.get(), own);
    // Kept in CPython's type slots, not a class's __dict__.
    own.erase("__qualname__");
    own.erase("__classcell__");
    names.insert(own.begin(), own.end());
    Value* slots = c->dict ? c->dict->find_str("__slots__") : nullptr;
    if (!slots) { slotless_user = true; continue; }
    // type() turns each slot into a member descriptor of that name.
    std::vector<Value> items;
    if (as<Str>(*slots)) items.push_back(*slots);
    else if (Tuple* tu = as<Tuple>(*slots)) items = tu->items;
    else if (List* l = as<List>(*slots)) items = l->items;
    for (auto& it : items)
      if (Str* s = as<Str>(it)) names.insert(s->s);  // '__dict__' and '__weakref__' too
  }
  if (slotless_user) names.insert("__dict__");
  if (slotless_user && !refuse_weak) names.insert("__weakref__");
}

bool names_list(VM& vm, const Names& names, Value& out) {
  std::vector<Value> items;
  items.reserve(names.size());
  for (auto& n : names) items.push_back(vm.make_str(n));
  out = vm.make_list(std::move(items));
  return true;
}

// sorted(v) for what a __dir__ returned, or for the local names.
bool sorted_list(VM& vm, const Value& v, Value& out) {
  std::vector<Value> items;
  if (!vm.to_list(v, items)) return false;
  Value list = vm.make_list(std::move(items)), ignored;
  if (!vm.callm(list, "sort", nullptr, 0, ignored)) return false;
  out = list;
  return true;
}

bool b_dir(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
  static constexpr Sig kSig{"dir", Conv::Positional, "object=<unset>, /"};
  if (!check_args(vm, kSig, nargs, kwargs)) return false;
  if (nargs == 0) {  // the caller's local names
    Value locals;
    if (!frame_locals(vm, locals)) return false;
    return sorted_list(vm, locals, out);
  }
  const Value& obj = args[0];
  Value meth;
  if (user_dunder(obj, "__dir__", meth)) {
    Value r;
    if (!call_dunder(vm, meth, obj, nullptr, 0, r)) return false;
    return sorted_list(vm, r, out);
  }
  Names names;
  if (Module* m = as<Module>(obj)) {
    add_dict_keys(m->dict.get(), names);
  } else if (PyType* t = as<PyType>(obj)) {
    add_type(t, names);
  } else {
    if (Instance* inst = as<Instance>(obj)) add_dict_keys(inst->dict.get(), names);
    add_type(vm.type_of(obj), names);
  }
  return names_list(vm, names, out);
}

}  // namespace

void install_dir_builtin(VM& vm) { vm.def(*vm.builtins, "dir", b_dir); }

}  // namespace ts::vm
