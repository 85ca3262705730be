// Calls into Python code: binding arguments into a new frame (with CPython's
// TypeError wordings), vm.eval_function (a nested run to completion), the
// CALL instructions, and running a module's top level.
#include "script/objects/getargs.h"
#include "script/objects/prepended_args.h"
#include "script/vm/ops.h"

namespace ts::vm {

namespace {

std::string plural(int n, const char* one, const char* many) { return n == 1 ? one : many; }

// A call binding exactly co's positional parameters and nothing else (no
// defaults, *args, **kwargs, keyword-only parameters or cells): the
// arguments are simply the first locals, and the frame runs in the chain.
inline bool simple_call(const Code* co, int npos) {
  return npos == co->argcount && co->kwonlycount == 0 &&
         !(co->flags & (CO_VARARGS | CO_VARKEYWORDS | CO_COROUTINE | CO_GENERATOR)) && co->cellvars.empty() &&
         co->freevars.empty();
}

// Binds a Python function's arguments into `callee` and drops the call from
// the stack; calling an async function or a generator function pushes the
// object that owns the new frame instead.
bool python_call(VM& vm, Stack& st, size_t callable_pos, Function* fn, const Value* args, int npos,
                 const Value* kwvals, const Tuple* kwnames, Ref<Frame>& callee) {
  Ref<Frame> nf;
  if (!vm.make_frame(fn, args, npos, nullptr, kwvals, kwnames, nf)) return false;
  st.resize(callable_pos);
  if (fn->code->flags & (CO_COROUTINE | CO_GENERATOR)) st.push_back(make_generator(vm, std::move(nf)));
  else callee = std::move(nf);
  return true;
}

}  // namespace

// The globals a call of fn runs over: the script's own module state is a
// forked process's copy there (VM::forked_globals).
inline const Ref<Dict>& globals_for(const VM& vm, const Function* fn) {
  return vm.forked_globals && fn->globals == vm.main_globals ? vm.forked_globals : fn->globals;
}

// ---- argument binding ----------------------------------------------------------

bool VM::make_frame(Function* fn, const Value* args, int nargs, Dict* kwdict, const Value* kwvals,
                    const Tuple* kwnames, Ref<Frame>& out) {
  Code* co = fn->code.get();
  Ref<Frame> f = Frame::make(fn->code, globals_for(*this, fn));
  f->func = Ref<Function>(fn);
  const std::string& fname = co->qualname;  // CPython 3.11 names the qualname in argument errors
  int argc = co->argcount;
  int kwonly = co->kwonlycount;
  int idx_varargs = (co->flags & CO_VARARGS) ? argc + kwonly : -1;
  int idx_varkw = (co->flags & CO_VARKEYWORDS) ? argc + kwonly + (idx_varargs >= 0 ? 1 : 0) : -1;
  int n = nargs < argc ? nargs : argc;
  for (int i = 0; i < n; i++) f->locals[i] = args[i];
  // The common call: exactly the positional parameters, nothing to bind by name or capture.
  if (nargs == argc && kwonly == 0 && !kwnames && !kwdict && !(co->flags & (CO_VARARGS | CO_VARKEYWORDS)) &&
      co->cellvars.empty() && co->freevars.empty()) {
    out = std::move(f);
    return true;
  }
  if (nargs > argc) {
    if (idx_varargs < 0) {
      int ndef = (int)fn->defaults.size();
      std::string takes;
      if (ndef > 0)
        takes = "from " + std::to_string(argc - ndef) + " to " + std::to_string(argc);
      else
        takes = std::to_string(argc);
      return raise(TypeError, fname + "() takes " + takes + " positional " + plural(argc, "argument", "arguments") +
                                  " but " + std::to_string(nargs) + " " + plural(nargs, "was", "were") + " given");
    }
    f->locals[idx_varargs] = make_tuple(std::vector<Value>(args + argc, args + nargs));
  } else if (idx_varargs >= 0) {
    f->locals[idx_varargs] = make_tuple({});
  }
  Dict* kwd = nullptr;
  if (idx_varkw >= 0) {
    Ref<Dict> d = make<Dict>();
    kwd = d.get();
    f->locals[idx_varkw] = Value::object(d);
  }
  auto bind_kw = [&](const Str& name, const Value& val) -> bool {
    for (int i = co->posonlycount; i < argc + kwonly; i++) {
      if (co->varnames[i] == name.s) {
        if (!f->locals[i].is_unset())
          return raise(TypeError, fname + "() got multiple values for argument '" + name.s + "'");
        f->locals[i] = val;
        return true;
      }
    }
    if (kwd) {
      kwd->set(Value::object(const_cast<Str*>(&name)), val);
      return true;
    }
    return raise(TypeError, fname + "() got an unexpected keyword argument '" + name.s + "'");
  };
  if (kwnames) {
    for (size_t i = 0; i < kwnames->items.size(); i++)
      if (!bind_kw(*as<Str>(kwnames->items[i]), kwvals[i])) return false;
  }
  if (kwdict) {
    for (auto& e : kwdict->entries) {
      if (!e.live) continue;
      Str* k = as<Str>(e.key);
      if (!k) return raise(TypeError, fname + "() keywords must be strings");
      if (!bind_kw(*k, e.value)) return false;
    }
  }
  // defaults
  int ndef = (int)fn->defaults.size();
  std::vector<std::string> missing;
  for (int i = nargs; i < argc; i++) {
    if (!f->locals[i].is_unset()) continue;
    int d = i - (argc - ndef);
    if (d >= 0) f->locals[i] = fn->defaults[d];
    else missing.push_back(co->varnames[i]);
  }
  if (!missing.empty())
    return raise(TypeError, fname + "() missing " + std::to_string(missing.size()) + " required positional " +
                                plural((int)missing.size(), "argument", "arguments") + ": " + name_list(missing));
  for (int i = argc; i < argc + kwonly; i++) {
    if (!f->locals[i].is_unset()) continue;
    size_t k = (size_t)(i - argc);
    if (k < fn->kwdefault_set.size() && fn->kwdefault_set[k]) f->locals[i] = fn->kwdefaults[k];
    else missing.push_back(co->varnames[i]);
  }
  if (!missing.empty())
    return raise(TypeError, fname + "() missing " + std::to_string(missing.size()) + " required keyword-only " +
                                plural((int)missing.size(), "argument", "arguments") + ": " + name_list(missing));
  // cells
  size_t ncell = co->cellvars.size(), nfree = co->freevars.size();
  if (ncell + nfree) {
    f->cells.reserve(ncell + nfree);
    for (size_t i = 0; i < ncell; i++) {
      Ref<Cell> c = make<Cell>();
      int p = co->cell_param[i];
      if (p >= 0 && !f->locals[p].is_unset()) {
        c->v = f->locals[p];
        c->empty = false;
      }
      f->cells.push_back(c);
    }
    for (size_t i = 0; i < nfree; i++) f->cells.push_back(fn->closure[i]);
  }
  out = std::move(f);
  return true;
}

// ---- calls to completion ----------------------------------------------------------

namespace {

// The chain of a nested run, its vector taken from (and given back to) a
// free list: a call to completion (an __init__, a key function) allocates no
// chain.
class ChainLease {
 public:
  ChainLease() {
    if (!spare().empty()) {
      chain = std::move(spare().back());
      spare().pop_back();
    }
  }
  ~ChainLease() {
    chain.clear();
    spare().push_back(std::move(chain));
  }
  Chain chain;

 private:
  static std::vector<Chain>& spare() {
    static auto* s = new std::vector<Chain>();  // never freed: runs may end in static destructors
    return *s;
  }
};

// vm.eval_function: calls a Python function in a nested run of the
// interpreter, or makes the coroutine (generator) object of an `async def`
// (a generator function).
bool eval_function(VM& vm, Function* fn, const Value* args, int nargs, Dict* kwargs, Dict* locals, Value& out) {
  Ref<Frame> f;
  if (!vm.make_frame(fn, args, nargs, kwargs, nullptr, nullptr, f)) return false;
  ChainLease lease;
  Chain& chain = lease.chain;
  if (locals) {  // a class body (__build_class__)
    f->locals_dict = Ref<Dict>(locals);
    chain.push_back(f);
    Step s = vm.run(chain, Resume::Send, Value());
    if (s.kind == Step::Raise) return vm.raise_value(s.value);
    return true;
  }
  if (fn->code->flags & (CO_COROUTINE | CO_GENERATOR)) {
    out = make_generator(vm, std::move(f));
    return true;
  }
  if (vm.depth >= vm.limits.max_depth) return vm.raise(vm.RecursionError, "maximum recursion depth exceeded");
  chain.push_back(f);
  vm.depth++;
  Step s = vm.run(chain, Resume::Send, Value());
  vm.depth--;
  if (s.kind == Step::Return) {
    out = std::move(s.value);
    return true;
  }
  if (s.kind == Step::Raise) return vm.raise_value(std::move(s.value));
  return vm.raise(vm.RuntimeError, "a synchronous call tried to suspend");
}

}  // namespace

void install_interpreter(VM& vm) {
  vm.eval_function = eval_function;
  vm.loop.shutdown_asyncgens = [&vm](Loop& loop) { return shutdown_asyncgens(vm, loop); };
}

bool call_nested(VM& vm, int nesting, const Value& callable, const Value* args, int nargs, Dict* kwargs,
                 Value& out) {
  vm.depth += nesting;
  bool ok = vm.call(callable, args, nargs, kwargs, out);
  vm.depth -= nesting;
  return ok;
}

// ---- the CALL instructions ----------------------------------------------------------

bool op_call(VM& vm, Stack& st, Op op, uint32_t a, int nesting, Ref<Frame>& callee) {
  Value names;
  const Tuple* kwnames = nullptr;
  if (op == Op::CALL_KW || op == Op::CALL_METHOD_KW) {
    names = std::move(st.back());
    st.pop_back();
    kwnames = as<Tuple>(names);
  }
  // [callable, args...] or, after LOAD_METHOD, [callable, self-or-unset, args...]
  const bool method = op == Op::CALL_METHOD || op == Op::CALL_METHOD_KW;
  const size_t callable_pos = st.size() - a - (method ? 2 : 1);
  const int nargs = (int)a + (method && !st[callable_pos + 1].is_unset() ? 1 : 0);  // self is the first one
  const int nkw = kwnames ? (int)kwnames->items.size() : 0;
  const int npos = nargs - nkw;
  Value* args = st.data() + (st.size() - nargs);
  if (Function* fn = as<Function>(st[callable_pos])) {
    if (!kwnames && simple_call(fn->code.get(), npos)) {
      // The common call: the arguments move from the stack into the new frame.
      Ref<Frame> nf = Frame::make(fn->code, globals_for(vm, fn));
      nf->func = Ref<Function>(fn);
      for (int i = 0; i < npos; i++) nf->locals[i] = std::move(args[i]);
      st.resize(callable_pos);
      callee = std::move(nf);
      return true;
    }
    return python_call(vm, st, callable_pos, fn, args, npos, args + npos, kwnames, callee);
  }
  Value callable = st[callable_pos];
  if (BoundMethod* bm = as<BoundMethod>(callable); bm && !kwnames) {
    // a bound Python method: self goes first, without a nested run
    if (Function* fn = as<Function>(bm->func)) {
      if (simple_call(fn->code.get(), npos + 1)) {
        Ref<Frame> nf = Frame::make(fn->code, globals_for(vm, fn));
        nf->func = Ref<Function>(fn);
        nf->locals[0] = bm->self;
        for (int i = 0; i < npos; i++) nf->locals[i + 1] = std::move(args[i]);
        st.resize(callable_pos);
        callee = std::move(nf);
        return true;
      }
      PrependedArgs with_self(bm->self, args, npos);
      return python_call(vm, st, callable_pos, fn, with_self.data(), with_self.size(), nullptr, nullptr, callee);
    }
  }
  Ref<Dict> kwd;
  if (kwnames) {
    kwd = make<Dict>();
    for (int i = 0; i < nkw; i++) kwd->set(kwnames->items[i], args[npos + i]);
  }
  Value res;
  if (!call_nested(vm, nesting, callable, args, npos, kwd.get(), res)) return false;
  st.resize(callable_pos);
  st.push_back(std::move(res));
  return true;
}

bool op_call_ex(VM& vm, Stack& st, uint32_t a, int nesting, Ref<Frame>& callee) {
  Value kw;
  if (a & 1) {
    kw = std::move(st.back());
    st.pop_back();
  }
  Value args = std::move(st.back());
  st.pop_back();
  Value callable = std::move(st.back());
  st.pop_back();
  Tuple* t = as<Tuple>(args);
  // A Python function runs as a frame of this chain, as for CALL.
  Function* fn = as<Function>(callable);
  std::vector<Value> with_self;
  const Value* pos = t->items.data();
  int npos = (int)t->items.size();
  if (BoundMethod* bm = as<BoundMethod>(callable); bm && as<Function>(bm->func)) {
    fn = as<Function>(bm->func);
    with_self.reserve(t->items.size() + 1);
    with_self.push_back(bm->self);
    for (const Value& v : t->items) with_self.push_back(v);
    pos = with_self.data();
    npos = (int)with_self.size();
  }
  if (fn) {
    Ref<Frame> nf;
    if (!vm.make_frame(fn, pos, npos, as<Dict>(kw), nullptr, nullptr, nf)) return false;
    if (fn->code->flags & (CO_COROUTINE | CO_GENERATOR)) st.push_back(make_generator(vm, std::move(nf)));
    else callee = std::move(nf);
    return true;
  }
  Value res;
  if (!call_nested(vm, nesting, callable, t->items.data(), (int)t->items.size(), as<Dict>(kw), res)) return false;
  st.push_back(std::move(res));
  return true;
}

// ---- running a module ----------------------------------------------------------------

bool VM::exec_module(Ref<Code> code) { return exec_code(std::move(code), main_globals); }

bool VM::exec_code(Ref<Code> code, Ref<Dict> globals) {
  std::vector<Ref<Frame>> chain{Frame::make(std::move(code), std::move(globals))};
  Step s = run(chain, Resume::Send, Value());
  if (s.kind == Step::Raise) {
    error = s.value;
    return false;
  }
  if (s.kind == Step::Yield) return raise(RuntimeError, "a module's body tried to suspend");
  return true;
}

}  // namespace ts::vm
