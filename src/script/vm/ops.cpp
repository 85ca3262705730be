// The bodies of the instructions that build or take apart objects:
// containers and displays, f-string fields, unpacking, function objects,
// `with` statements and imports.
#include "script/vm/ops.h"

namespace ts::vm {

void label_core_object(Obj* o, const std::string& name) {
  if (auto* p = dynamic_cast<Primitive*>(o))
    if (p->label().empty()) p->set_label(name);
}

void label_attr_object(Obj* o, const Code& co, size_t store_ip) {
  std::string name = co.names[co.code[store_ip].arg]->s;
  if (store_ip > 0) {
    const Instr& load = co.code[store_ip - 1];
    const std::string* owner = nullptr;
    switch (load.op) {
      case Op::LOAD_FAST: owner = &co.varnames[load.arg]; break;
      case Op::LOAD_NAME:
      case Op::LOAD_GLOBAL: owner = &co.names[load.arg]->s; break;
      case Op::LOAD_DEREF:
        owner = load.arg < co.cellvars.size() ? &co.cellvars[load.arg] : &co.freevars[load.arg - co.cellvars.size()];
        break;
      default: break;
    }
    if (owner) name = *owner + "." + name;
  }
  label_core_object(o, name);
}

// ---- displays --------------------------------------------------------------------

void op_build_sequence(VM& vm, Stack& st, Op op, uint32_t n) {
  std::vector<Value> items;
  items.reserve(n);
  const size_t start = st.size() - n;
  for (size_t i = start; i < st.size(); i++) items.push_back(std::move(st[i]));
  st.resize(start);
  st.push_back(op == Op::BUILD_TUPLE ? vm.make_tuple(std::move(items)) : vm.make_list(std::move(items)));
}

bool op_build_set(VM& vm, Stack& st, uint32_t n) {
  Ref<Set> s = make<Set>();
  const size_t start = st.size() - n;
  for (size_t i = start; i < st.size(); i++) {
    uint64_t h;
    if (!vm.hash(st[i], h)) return false;
    s->d.set(st[i], h, Value());
    if (!vm.error.is_none()) return false;
  }
  st.resize(start);
  st.push_back(Value::object(s));
  return true;
}

bool op_build_map(VM& vm, Stack& st, uint32_t n) {
  Ref<Dict> d = make<Dict>();
  const size_t start = st.size() - 2 * n;
  for (size_t i = start; i < st.size(); i += 2) {
    uint64_t h;
    if (!vm.hash(st[i], h)) return false;
    d->set(st[i], h, st[i + 1]);
    if (!vm.error.is_none()) return false;
  }
  st.resize(start);
  st.push_back(Value::object(d));
  return true;
}

void op_build_slice(Stack& st, uint32_t n) {
  Ref<Slice> s = make<Slice>();
  if (n == 3) {
    s->step = std::move(st.back());
    st.pop_back();
  }
  s->stop = std::move(st.back());
  st.pop_back();
  s->start = std::move(st.back());
  st.back() = Value::object(s);
}

void op_build_string(VM& vm, Stack& st, uint32_t n) {
  std::string out;
  const size_t start = st.size() - n;
  for (size_t i = start; i < st.size(); i++) out += as<Str>(st[i])->s;
  st.resize(start);
  st.push_back(vm.make_str(std::move(out)));
}

bool op_list_extend(VM& vm, Stack& st, uint32_t a) {
  Value x = std::move(st.back());
  st.pop_back();
  std::vector<Value> items;
  if (!vm.to_list(x, items)) return false;
  auto& dst = as<List>(st[st.size() - 1 - a])->items;
  for (auto& it : items) dst.push_back(std::move(it));
  return true;
}

bool op_set_update(VM& vm, Stack& st, uint32_t a) {
  Value x = std::move(st.back());
  st.pop_back();
  std::vector<Value> items;
  if (!vm.to_list(x, items)) return false;
  Set* s = as<Set>(st[st.size() - 1 - a]);
  for (auto& it : items) {
    uint64_t h;
    if (!vm.hash(it, h)) return false;
    s->d.set(it, h, Value());
    if (!vm.error.is_none()) return false;
  }
  return true;
}

bool op_dict_update(VM& vm, Stack& st, uint32_t a, bool merge) {
  Value x = std::move(st.back());
  st.pop_back();
  Dict* dst = as<Dict>(st[st.size() - 1 - a]);
  Dict* src = as<Dict>(x);
  if (!src) return vm.raise(vm.TypeError, "'" + vm.type_name(x) + "' object is not a mapping");
  for (auto& e : src->entries) {
    if (!e.live) continue;
    if (merge && dst->find(e.key)) {
      std::string k;
      vm.str(e.key, k);
      return vm.raise(vm.TypeError, "got multiple values for keyword argument '" + k + "'");
    }
    dst->set(e.key, e.value);
  }
  return true;
}

bool op_format_value(VM& vm, Stack& st, uint32_t a) {
  std::string spec;
  if (a & 4) {
    spec = as<Str>(st.back())->s;
    st.pop_back();
  }
  Value& x = st.back();
  std::string out;
  const int conv = a & 3;
  if (conv == 1) {
    if (!vm.str(x, out)) return false;
    x = vm.make_str(std::move(out));
    out.clear();
  } else if (conv == 2 || conv == 3) {
    if (!vm.repr(x, out)) return false;
    x = vm.make_str(std::move(out));
    out.clear();
  }
  if (spec.empty() && as<Str>(x) && !as<Str>(x)->cls) return true;  // a str subclass: its __str__/__format__
  if (!vm.format(x, spec, out)) return false;
  st.back() = vm.make_str(std::move(out));
  return true;
}

// ---- unpacking -------------------------------------------------------------------

bool op_unpack(VM& vm, Stack& st, Op op, uint32_t a) {
  Value seq = std::move(st.back());
  st.pop_back();
  std::vector<Value> items;
  if (Tuple* t = as<Tuple>(seq)) items = t->items;
  else if (List* l = as<List>(seq)) items = l->items;
  else if (!vm.to_list(seq, items)) {
    if (vm.isinstance(vm.error, vm.TypeError))
      vm.raise(vm.TypeError, "cannot unpack non-iterable " + vm.type_name(seq) + " object");
    return false;
  }
  if (op == Op::UNPACK_SEQUENCE) {
    if (items.size() > a) return vm.raise(vm.ValueError, "too many values to unpack (expected " + std::to_string(a) + ")");
    if (items.size() < a)
      return vm.raise(vm.ValueError, "not enough values to unpack (expected " + std::to_string(a) + ", got " +
                                         std::to_string(items.size()) + ")");
    for (size_t i = items.size(); i-- > 0;) st.push_back(std::move(items[i]));
    return true;
  }
  const size_t before = a & 0xff, after = a >> 8;
  if (items.size() < before + after)
    return vm.raise(vm.ValueError, "not enough values to unpack (expected at least " + std::to_string(before + after) +
                                       ", got " + std::to_string(items.size()) + ")");
  for (size_t i = 0; i < after; i++) st.push_back(items[items.size() - 1 - i]);
  std::vector<Value> mid(items.begin() + before, items.end() - after);
  st.push_back(vm.make_list(std::move(mid)));
  for (size_t i = before; i-- > 0;) st.push_back(items[i]);
  return true;
}

// ---- functions ---------------------------------------------------------------------

void op_make_function(Stack& st, const Ref<Dict>& globals, uint32_t a) {
  Ref<Function> fn = make<Function>();
  Code* c = as<Code>(st.back());
  fn->code = Ref<Code>(c);
  st.pop_back();
  fn->globals = globals;
  fn->name = make<Str>(c->name);
  fn->qualname = make<Str>(c->qualname);
  fn->doc = c->doc;
  if (a & 8) {
    Tuple* cl = as<Tuple>(st.back());
    for (auto& x : cl->items) fn->closure.push_back(Ref<Cell>(as<Cell>(x)));
    st.pop_back();
  }
  if (a & 2) {
    Dict* kd = as<Dict>(st.back());
    size_t argc = (size_t)c->argcount;
    fn->kwdefaults.assign(c->kwonlycount, Value());
    fn->kwdefault_set.assign(c->kwonlycount, false);
    for (int i = 0; i < c->kwonlycount; i++) {
      if (Value* d = kd->find_str(c->varnames[argc + i])) {
        fn->kwdefaults[i] = *d;
        fn->kwdefault_set[i] = true;
      }
    }
    st.pop_back();
  }
  if (a & 1) {
    fn->defaults = as<Tuple>(st.back())->items;
    st.pop_back();
  }
  st.push_back(Value::object(fn));
}

// ---- with ------------------------------------------------------------------------------

bool op_before_with(VM& vm, Stack& st, bool async, int nesting, Ref<Frame>& callee) {
  Value cm = st.back();
  static Ref<Str> enter = make<Str>("__enter__"), exit_ = make<Str>("__exit__");
  static Ref<Str> aenter = make<Str>("__aenter__"), aexit = make<Str>("__aexit__");
  auto unsupported = [&] {
    return vm.raise(vm.TypeError, "'" + vm.type_name(cm) + "' object does not support the " +
                                      (async ? "asynchronous " : "") + "context manager protocol");
  };
  Value ex, en;
  bool found = false;
  if (!vm.getattr_opt(cm, async ? *aexit : *exit_, ex, found)) return false;
  if (!found) return unsupported();
  if (!vm.getattr_opt(cm, async ? *aenter : *enter, en, found)) return false;
  if (!found) return unsupported();
  // A Python __enter__ runs as a frame of this chain (its result is pushed
  // as a call's), so a thread can block inside it (`with lock:`).
  BoundMethod* bm = async ? nullptr : as<BoundMethod>(en);
  Function* fn = bm ? as<Function>(bm->func) : nullptr;
  if (fn && !(fn->code->flags & (CO_COROUTINE | CO_GENERATOR))) {
    Value self = bm->self;
    if (!vm.make_frame(fn, &self, 1, nullptr, nullptr, nullptr, callee)) return false;
    st.back() = std::move(ex);
    return true;
  }
  Value r;
  if (!call_nested(vm, nesting, en, nullptr, 0, nullptr, r)) return false;
  st.back() = std::move(ex);
  st.push_back(std::move(r));
  return true;
}

// ---- imports -------------------------------------------------------------------------

bool op_import_name(VM& vm, Stack& st, const Str& name) {
  auto it = vm.modules.find(name.s);
  Module* m = it == vm.modules.end() ? nullptr : it->second.get();
  if (!m) {
    if (!vm.import_module) return vm.raise(vm.ModuleNotFoundError, "No module named '" + name.s + "'");
    if (!vm.import_module(vm, name.s, m)) return false;
  }
  st.push_back(Value::object(m));
  return true;
}

// CPython's import_from (Python/ceval.c), with its messages.
bool op_str_append_in_place(const Frame& f, const Code& co, const Value& l, const Value& r) {
  Str* ls = as<Str>(l);
  Str* rs = as<Str>(r);
  if (!ls || !rs || ls->rc != 2 || ls->cls || size_t(f.ip) >= co.code.size()) return false;  // a subclass's + is a new str
  // The other reference must be the variable the result goes back to.
  const Instr next = co.code[size_t(f.ip)];
  const Value* var = nullptr;
  switch (next.op) {
    case Op::STORE_FAST: var = &f.locals[next.arg]; break;
    case Op::STORE_NAME: var = (f.locals_dict ? f.locals_dict : f.globals)->find_str(co.names[next.arg]->s); break;
    case Op::STORE_GLOBAL: var = f.globals->find_str(co.names[next.arg]->s); break;
    default: return false;
  }
  if (!var || var->tag != Value::Object || var->o != ls) return false;
  ls->s += rs->s;
  ls->ascii = ls->ascii && rs->ascii;
  ls->hashed = false;
  return true;
}

bool op_import_from(VM& vm, Stack& st, const Str& name) {
  Module* m = as<Module>(st.back());
  Value* x = m->dict->find_str(name.s);
  if (!x) {
    // a submodule not imported yet (`from collections import abc`)
    const std::string full = m->name + "." + name.s;
    auto sub = vm.modules.find(full);
    if (sub != vm.modules.end()) {
      st.push_back(Value::object(sub->second));
      return true;
    }
    // A package's submodule is imported by the from-import itself
    // (importlib's _handle_fromlist); only "no such module" falls through
    // to the ImportError below.
    if (m->dict->find_str("__path__") && vm.import_module) {
      Module* loaded = nullptr;
      if (vm.import_module(vm, full, loaded)) {
        st.push_back(Value::object(loaded));
        return true;
      }
      Exception* e = as<Exception>(vm.error);
      const bool missing = e && e->cls == vm.ModuleNotFoundError && e->args && e->args->items.size() == 1 &&
                           as<Str>(e->args->items[0]) && as<Str>(e->args->items[0])->s == "No module named '" + full + "'";
      if (!missing) return false;
      vm.error = Value();
    }
    std::string where = m->file.empty() ? "unknown location" : m->file;
    if (m->initializing)
      return vm.raise(vm.ImportError, "cannot import name '" + name.s + "' from partially initialized module '" +
                                          m->name + "' (most likely due to a circular import) (" + where + ")");
    return vm.raise(vm.ImportError, "cannot import name '" + name.s + "' from '" + m->name + "' (" + where + ")");
  }
  st.push_back(*x);
  return true;
}

}  // namespace ts::vm
