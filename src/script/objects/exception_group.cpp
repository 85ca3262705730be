// BaseExceptionGroup and ExceptionGroup (CPython's Objects/exceptions.c,
// PEP 654): construction picks ExceptionGroup when every member is an
// Exception; str "msg (N sub-exceptions)"; exceptions, message, subgroup,
// split, derive.
#include "script/objects/exception_group.h"

#include <unordered_set>

#include "script/objects/getargs.h"
#include "script/objects/runtime.h"

namespace ts::vm {

namespace {

constexpr Owner kGroup{"BaseExceptionGroup", [](const Value& v) {
                         Exception* e = as<Exception>(v);
                         return e && !e->group.empty();
                       }};

Exception* group_of(const Value& v) {
  Exception* e = as<Exception>(v);
  return e && !e->group.empty() ? e : nullptr;
}

// How subgroup/split match: an exception type, a tuple of them, or a predicate.
struct Matcher {
  enum { Types, Predicate, Leaves } kind = Types;
  std::vector<PyType*> types;
  Value fn;
  const std::unordered_set<const Obj*>* leaves = nullptr;  // Leaves: these objects
};

bool make_matcher(VM& vm, const Value& cond, Matcher& m) {
  auto exc_type = [&](const Value& v) -> PyType* {
    PyType* t = as<PyType>(v);
    return t && t->is_subtype(vm.BaseException) ? t : nullptr;
  };
  if (PyType* t = exc_type(cond)) {
    m.types.push_back(t);
    return true;
  }
  if (Tuple* tu = as<Tuple>(cond)) {
    for (const Value& v : tu->items) {
      PyType* t = exc_type(v);
      if (!t) break;
      m.types.push_back(t);
    }
    if (m.types.size() == tu->items.size()) return true;
  } else if (vm.is_callable(cond)) {
    m.kind = Matcher::Predicate;
    m.fn = cond;
    return true;
  }
  return vm.raise(vm.TypeError, "expected a function, exception type or tuple of exception types");
}

bool matches(VM& vm, const Matcher& m, const Value& exc, bool& out) {
  if (m.kind == Matcher::Predicate) {
    Value r;
    return vm.call1(m.fn, exc, r) && vm.truthy(r, out);
  }
  if (m.kind == Matcher::Leaves) {
    out = exc.tag == Value::Object && !group_of(exc) && m.leaves->count(exc.o);
    return true;
  }
  out = false;
  for (PyType* t : m.types) out = out || vm.isinstance(exc, t);
  return true;
}

// exceptiongroup_split_recursive: (match, rest), each None when empty.
bool split(VM& vm, const Value& exc, const Matcher& m, bool want_rest, Value& match, Value& rest) {
  match = rest = Value();
  bool hit;
  if (!matches(vm, m, exc, hit)) return false;
  if (hit) {
    match = exc;
    return true;
  }
  Exception* g = group_of(exc);
  if (!g) {
    if (want_rest) rest = exc;
    return true;
  }
  std::vector<Value> ms, rs;
  // Groups nested 100,000 deep: CPython's Py_EnterRecursiveCall here.
  if (!vm.enter_recursion(" in exceptiongroup_split_recursive")) return false;
  for (const Value& e : g->group) {
    Value mi, ri;
    if (!split(vm, e, m, want_rest, mi, ri)) return vm.leave_recursion(), false;
    if (!mi.is_none()) ms.push_back(mi);
    if (!ri.is_none()) rs.push_back(ri);
  }
  vm.leave_recursion();
  // exceptiongroup_subset: derive, then copy the cause, context and traceback.
  auto subset = [&](std::vector<Value>& items, Value& out) {
    if (items.empty()) return true;
    Value args[] = {vm.make_list(std::move(items))};
    if (!vm.callm(exc, "derive", args, 1, out)) return false;
    Exception* d = as<Exception>(out);
    if (!d) return vm.raise(vm.TypeError, "derive must return an instance of BaseExceptionGroup");
    d->cause = g->cause;
    d->context = g->context;
    d->suppress_context = g->suppress_context;
    d->tb = g->tb;
    return true;
  };
  return subset(ms, match) && (!want_rest || subset(rs, rest));
}

bool group_derive(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  static constexpr Sig kSig{"BaseExceptionGroup.derive", Conv::O};
  if (!check_method(vm, kSig, kGroup, args, nargs, kw)) return false;
  Value a[] = {group_of(args[0])->args->items[0], args[1]};
  return exception_group_new(vm, vm.BaseExceptionGroup, a, 2, out);
}

bool group_subgroup(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  static constexpr Sig kSig{"BaseExceptionGroup.subgroup", Conv::O};
  if (!check_method(vm, kSig, kGroup, args, nargs, kw)) return false;
  Matcher m;
  Value rest;
  return make_matcher(vm, args[1], m) && split(vm, args[0], m, false, out, rest);
}

bool group_split(VM& vm, Value* args, int nargs, Dict* kw, Value& out, void*) {
  static constexpr Sig kSig{"BaseExceptionGroup.split", Conv::O};
  if (!check_method(vm, kSig, kGroup, args, nargs, kw)) return false;
  Matcher m;
  Value match, rest;
  if (!make_matcher(vm, args[1], m) || !split(vm, args[0], m, true, match, rest)) return false;
  out = vm.make_tuple({match, rest});
  return true;
}

// The leaves (non-group members, recursively) of exc, by identity.
void collect_leaves(const Value& exc, std::unordered_set<const Obj*>& out) {
  Exception* g = group_of(exc);
  if (!g) {
    if (exc.tag == Value::Object) out.insert(exc.o);
    return;
  }
  for (const Value& e : g->group) collect_leaves(e, out);
}

// is_same_exception_metadata: a clause's `raise` (bare) gives back its part
// of the group with the traceback, cause and context the split copied.
bool same_metadata(const Exception* a, const Exception* b) {
  if (!a->cause.same(b->cause) || !a->context.same(b->context) || a->tb.size() != b->tb.size()) return false;
  for (size_t i = 0; i < a->tb.size(); i++)
    if (a->tb[i].line != b->tb[i].line || a->tb[i].func != b->tb[i].func || a->tb[i].file != b->tb[i].file)
      return false;
  return true;
}

// BaseExceptionGroup.__new__(cls, message, exceptions), for a subclass's own
// __new__ (PEP 654's MyExceptionGroup with an extra field).
bool group_new(VM& vm, Value* args, int nargs, Dict* kwargs, Value& out, void*) {
  PyType* t = nargs ? as<PyType>(args[0]) : nullptr;
  if (!t || !t->is_subtype(vm.BaseExceptionGroup))
    return vm.raise(vm.TypeError, "BaseExceptionGroup.__new__(X): X is not a subtype of BaseExceptionGroup");
  if (kwargs && kwargs->live) return vm.raise(vm.TypeError, t->name->s + "() takes no keyword arguments");
  return exception_group_new(vm, t, args + 1, nargs - 1, out);
}

}  // namespace

bool exception_group_star_type_ok(VM& vm, const Value& t) {
  std::vector<Value> types;
  if (Tuple* tu = as<Tuple>(t)) types = tu->items;
  else types.push_back(t);
  for (const Value& v : types) {
    PyType* ty = as<PyType>(v);
    if (!ty || !ty->is_subtype(vm.BaseException))
      return vm.raise(vm.TypeError, "catching classes that do not inherit from BaseException is not allowed");
  }
  for (const Value& v : types)
    if (as<PyType>(v)->is_subtype(vm.BaseExceptionGroup))
      return vm.raise(vm.TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.");
  return true;
}

bool exception_group_matches(VM& vm, const Value& exc, const Value& t, bool& out) {
  out = false;
  if (Tuple* tu = as<Tuple>(t)) {
    for (const Value& v : tu->items) out = out || vm.isinstance(exc, as<PyType>(v));
  } else {
    out = vm.isinstance(exc, as<PyType>(t));
  }
  return true;
}

bool exception_group_prep_reraise(VM& vm, const Value& orig, const List& excs, Value& out) {
  out = Value();
  if (excs.items.empty()) return true;
  Exception* og = group_of(orig);
  if (!og) {
    // A naked exception was wrapped: only one clause ran, so at most one
    // exception (then the rest, None).
    out = excs.items[0];
    return true;
  }
  std::vector<Value> raised, reraised;
  for (const Value& e : excs.items) {
    if (e.is_none()) continue;
    Exception* x = as<Exception>(e);
    (x && same_metadata(x, og) ? reraised : raised).push_back(e);
  }
  // exception_group_projection: the part of orig whose leaves were re-raised.
  Value reraised_eg;
  if (!reraised.empty()) {
    std::unordered_set<const Obj*> leaves;
    for (const Value& e : reraised) collect_leaves(e, leaves);
    Matcher m;
    m.kind = Matcher::Leaves;
    m.leaves = &leaves;
    Value rest;
    if (!split(vm, orig, m, false, reraised_eg, rest)) return false;
  }
  if (raised.empty()) {
    out = reraised_eg;
    return true;
  }
  if (!reraised_eg.is_none()) raised.push_back(reraised_eg);
  if (raised.size() == 1) {
    out = raised[0];
    return true;
  }
  Value a[] = {vm.make_str(""), vm.make_list(std::move(raised))};
  return exception_group_new(vm, vm.BaseExceptionGroup, a, 2, out);
}

bool exception_group_new(VM& vm, PyType* cls, const Value* args, int nargs, Value& out) {
  // PyArg_ParseTuple with the format "UO:BaseExceptionGroup.__new__": the
  // full name in the message, which Conv::Tuple shortens.
  if (nargs != 2)
    return vm.raise(vm.TypeError,
                    "BaseExceptionGroup.__new__() takes exactly 2 arguments (" + std::to_string(nargs) + " given)");
  if (!as<Str>(args[0]))
    return vm.raise(vm.TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not " + vm.type_name(args[0]));
  std::vector<Value> excs;
  bool seq = as<List>(args[1]) || as<Tuple>(args[1]);
  if (!seq) return vm.raise(vm.TypeError, "second argument (exceptions) must be a sequence");
  if (!vm.to_list(args[1], excs)) return false;
  if (excs.empty()) return vm.raise(vm.ValueError, "second argument (exceptions) must be a non-empty sequence");
  bool all_exceptions = true;
  for (size_t i = 0; i < excs.size(); ++i) {
    if (!as<Exception>(excs[i]))
      return vm.raise(vm.ValueError, "Item " + std::to_string(i) + " of second argument (exceptions) is not an exception");
    all_exceptions = all_exceptions && vm.isinstance(excs[i], vm.Exception_);
  }
  if (cls == vm.BaseExceptionGroup) {
    if (all_exceptions) cls = vm.ExceptionGroup;
  } else if (cls->is_subtype(vm.Exception_) && !all_exceptions) {
    return vm.raise(vm.TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
  }
  out = vm.new_exception_args(cls, {args[0], args[1]});
  as<Exception>(out)->group = std::move(excs);
  return true;
}

bool exception_group_str(VM& vm, Exception* g, std::string& out) {
  if (!vm.str(g->args->items[0], out)) return false;
  size_t n = g->group.size();
  out += " (" + std::to_string(n) + " sub-exception" + (n == 1 ? "" : "s") + ")";
  return true;
}

bool exception_group_getattr(VM& vm, Exception* e, const std::string& name, Value& out) {
  if (e->group.empty()) return false;
  if (name == "message") {
    out = e->args->items[0];
    return true;
  }
  if (name == "exceptions") {
    out = vm.make_tuple(e->group);
    return true;
  }
  return false;
}

void setup_exception_groups(VM& vm) {
  vm.BaseExceptionGroup = vm.new_type("BaseExceptionGroup", vm.BaseException, Kind::Exception);
  vm.ExceptionGroup = vm.new_type("ExceptionGroup", vm.BaseExceptionGroup, Kind::Exception);
  // class ExceptionGroup(BaseExceptionGroup, Exception): its MRO.
  auto& mro = vm.ExceptionGroup->mro;
  mro = {vm.ExceptionGroup, vm.BaseExceptionGroup, vm.Exception_, vm.BaseException, vm.t_object};
  for (PyType* t : {vm.BaseExceptionGroup, vm.ExceptionGroup})
    vm.builtins->set(Value::object(t->name), Value::object(t));
  def_static(vm, vm.BaseExceptionGroup, "__new__", group_new);
  vm.def_method(vm.BaseExceptionGroup, "derive", group_derive);
  vm.def_method(vm.BaseExceptionGroup, "subgroup", group_subgroup);
  vm.def_method(vm.BaseExceptionGroup, "split", group_split);
}

}  // namespace ts::vm
