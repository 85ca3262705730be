// Shared pieces of the builtins and the builtin types' methods
// (builtins.cpp, types_str.cpp, types_containers.cpp, types_numbers.cpp),
// and what the VM core (vm_ops.cpp) calls into: calling a builtin type,
// set algebra for | & - ^, sorting, dict views, NotImplemented.
#pragma once
#include <string>
#include <vector>

#include "script/pylib/num.h"
#include "script/vm/vm.h"

namespace ts::vm {

// ---- called by the VM core -----------------------------------------------------
// Calling a builtin type object: str(x), int(x, base), list(it), dict(...),
// set, frozenset, tuple, bool, float, type(x), object(), range, slice.
// Exception types are made with vm.new_exception_args. Returns false with
// vm.error set on failure (TypeError "cannot create 'X' instances" for the
// types that cannot be called).
bool call_builtin_type(VM& vm, PyType* t, Value* args, int nargs, Dict* kwargs, Value& out);

// Set algebra for the binary operators (a and b are set or frozenset; the
// result has a's frozenness as in CPython). op = ast::BinOp value:
// BitOr (union), BitAnd, Sub, BitXor. Returns false with vm.error set.
// `handled` is false when b is not a set/frozenset (-> NotImplemented).
bool set_binop(VM& vm, int op, const Value& a, const Value& b, Value& out, bool& handled);
// In place: a |= b etc. (a must be a mutable set; mutates and returns a).
bool set_inplace_binop(VM& vm, int op, const Value& a, const Value& b, Value& out, bool& handled);
// Set comparison for <, <=, >, >= and == (subset / superset / equality).
bool set_compare(VM& vm, int cmpop, Set* a, Set* b, bool& out);

// Adds a value to a set / dict after checking it is hashable.
bool set_add(VM& vm, Set* s, const Value& v);
bool dict_set(VM& vm, Dict* d, const Value& k, const Value& v);
// dict.update semantics: a dict, an object with keys(), or an iterable of pairs.
bool dict_update_from(VM& vm, Dict* d, const Value& src, const char* fname = "dict");
Ref<Set> new_set(bool frozen = false);

// Stable sort of items with Python's `<` (vm.lt), like list.sort. key may be
// None. Errors (a failing comparison or key) propagate.
bool sort_values(VM& vm, std::vector<Value>& items, const Value& key, bool reverse);

// CPython's hash() of an int/bool/float/tuple-of-those; false for others.
bool py_number_hash(const Value& v, int64_t& out);

// NotImplemented and Ellipsis singletons (also in builtins).
Value not_implemented(VM& vm);
Value ellipsis(VM& vm);

// ---- internal: shared by the builtins files ---------------------------------------
void install_str_methods(VM& vm);
void install_container_methods(VM& vm);
void install_number_methods(VM& vm);

// Keyword-argument helpers: the value of an accepted keyword or nullptr;
// check_kwargs fails (TypeError) for names not in the null-terminated list.
const Value* kwarg_ptr(Dict* kwargs, const char* name);
bool check_kwargs(VM& vm, const char* fname, Dict* kwargs, std::initializer_list<const char*> allowed);
bool value_eq(VM& vm, const Value& a, const Value& b, bool& out);  // identity first, like CPython
// Integer argument (int or bool, or __index__); message "'float' object cannot be interpreted as an integer".
bool int_arg(VM& vm, const Value& v, int64_t& out);
Value dict_view(VM& vm, Dict* d, int which);  // 0 keys, 1 values, 2 items
std::string type_name_of(VM& vm, const Value& v);

}  // namespace ts::vm
