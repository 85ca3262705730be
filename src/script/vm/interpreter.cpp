// The bytecode interpreter: frames, calls, argument binding, exceptions and
// suspension at `await`.
#include <cstring>

#include "script/compile/compiler.h"
#include "script/vm/vm.h"

namespace ts::vm {

namespace {

// An unset local ("NULL"): a None-tagged value with a marker payload.
inline Value null_value() {
  Value v;
  v.i = -1;
  return v;
}
inline bool is_null(const Value& v) { return v.tag == Value::None && v.i == -1; }

// A primitive bound to a name gets it as its label (the page shows
// "sem Semaphore(3)" instead of "Semaphore#1").
inline void name_primitive(const Value& v, const std::string& name) {
  if (v.tag != Value::Object || v.o->kind != 0) return;
  if (auto* p = dynamic_cast<Primitive*>(v.o))
    if (p->label().empty()) p->set_label(name);
}

std::string plural(int n, const char* one, const char* many) { return n == 1 ? one : many; }

std::string name_list(const std::vector<std::string>& names) {
  // 'a', 'a' and 'b', 'a', 'b', and 'c'
  std::string out;
  for (size_t i = 0; i < names.size(); i++) {
    if (i > 0) out += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    out += "'" + names[i] + "'";
  }
  return out;
}

}  // namespace

// ---- coroutine objects ---------------------------------------------------------

PyCoro::PyCoro(VM* v, Ref<Frame> f) : vm(v), frame(std::move(f)) {
  kind = K;
  frame->coro = this;
}

std::string PyCoro::name() const { return frame->code->name; }

std::string PyCoro::where() const {
  if (chain.empty()) return std::string();
  const Frame* top = chain.back().get();
  return "line " + std::to_string(top->line());
}

Step PyCoro::resume(Resume how, Value v) {
  if (finished) {
    vm->error = vm->new_exception(vm->RuntimeError, "cannot reuse already awaited coroutine");
    return Step::raise(vm->error);
  }
  if (!started) {
    started = true;
    running = true;
    chain.clear();
    chain.push_back(frame);
    frame->mode = Frame::Call;
  }
  Ref<PyCoro> keep(this);
  Step s = vm->run(chain, how, std::move(v));
  if (s.kind != Step::Yield) {
    finished = true;
    running = false;
    chain.clear();
  }
  return s;
}

// ---- argument binding ----------------------------------------------------------

bool VM::make_frame(Function* fn, const Value* args, int nargs, Dict* kwdict, const Value* kwvals,
                    const Tuple* kwnames, Ref<Frame>& out) {
  Code* co = fn->code.get();
  Ref<Frame> f = make<Frame>();
  f->code = fn->code;
  f->func = Ref<Function>(fn);
  f->globals = fn->globals;
  size_t nl = co->varnames.size();
  f->locals.assign(nl, null_value());
  f->stack.reserve(8);
  const std::string& fname = co->name;
  int argc = co->argcount;
  int kwonly = co->kwonlycount;
  int idx_varargs = (co->flags & CO_VARARGS) ? argc + kwonly : -1;
  int idx_varkw = (co->flags & CO_VARKEYWORDS) ? argc + kwonly + (idx_varargs >= 0 ? 1 : 0) : -1;
  int n = nargs < argc ? nargs : argc;
  for (int i = 0; i < n; i++) f->locals[i] = args[i];
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
        if (!is_null(f->locals[i]))
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
    if (!is_null(f->locals[i])) continue;
    int d = i - (argc - ndef);
    if (d >= 0) f->locals[i] = fn->defaults[d];
    else missing.push_back(co->varnames[i]);
  }
  if (!missing.empty())
    return raise(TypeError, fname + "() missing " + std::to_string(missing.size()) + " required positional " +
                                plural((int)missing.size(), "argument", "arguments") + ": " + name_list(missing));
  for (int i = argc; i < argc + kwonly; i++) {
    if (!is_null(f->locals[i])) continue;
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
      if (p >= 0 && !is_null(f->locals[p])) {
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

// ---- calls ------------------------------------------------------------------------

namespace {

// vm.eval_function: calls a Python function in a nested run of the
// interpreter, or makes the coroutine object of an `async def`.
bool eval_function(VM& vm, Function* fn, const Value* args, int nargs, Dict* kwargs, Dict* locals, Value& out) {
  Ref<Frame> f;
  if (!vm.make_frame(fn, args, nargs, kwargs, nullptr, nullptr, f)) return false;
  std::vector<Ref<Frame>> chain;
  if (locals) {  // a class body (__build_class__)
    f->locals_dict = Ref<Dict>(locals);
    chain.push_back(f);
    Step s = vm.run(chain, Resume::Send, Value());
    if (s.kind == Step::Raise) return vm.raise_value(s.value);
    return true;
  }
  if (fn->code->flags & CO_COROUTINE) {
    out = Value::object(new PyCoro(&vm, f));
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

void install_interpreter(VM& vm) { vm.eval_function = eval_function; }

// ---- the interpreter ----------------------------------------------------------------

namespace {
struct FrameGuard {
  VM& vm;
  explicit FrameGuard(VM& v) : vm(v) {}
  ~FrameGuard() {}
};
}  // namespace

Step VM::run(std::vector<Ref<Frame>>& chain, Resume how, Value v) {
  size_t base_stack = frame_stack.size();
  Frame* f = chain.back().get();
  Code* co = f->code.get();
  frame_stack.push_back(f);
  // frame_stack mirrors `chain` for this run (innermost last).
  auto set_top = [&](Frame* nf) {
    f = nf;
    co = f->code.get();
    frame_stack.back() = f;
  };
  auto finish = [&]() { frame_stack.resize(base_stack); };

  if (fatal) {
    finish();
    return Step::raise(error.is_none() ? new_exception(RuntimeError, fatal_message) : error);
  }

  // Outcome of resuming / of an await that completed without suspending.
  enum { Continue, Suspend, Throw } resume_state = Continue;
  Value yielded;

  // Handles a Step from a native coroutine we are awaiting (f->delegate).
  auto on_native_step = [&](Step s) {
    if (s.kind == Step::Yield) {
      yielded = std::move(s.value);
      resume_state = Suspend;
    } else if (s.kind == Step::Return) {
      f->delegate = nullptr;
      f->stack.back() = std::move(s.value);
      resume_state = Continue;
    } else {
      f->delegate = nullptr;
      f->stack.pop_back();
      error = std::move(s.value);
      resume_state = Throw;
    }
  };

  // ---- resume protocol ----
  if (f->delegate) {
    Ref<ts::Coroutine> d = f->delegate;
    Step s;
    try {
      s = d->resume(how, std::move(v));
    } catch (PyErr& e) {
      s = Step::raise(e.exc);
    }
    on_native_step(std::move(s));
  } else if (!f->awaiting.is_none()) {
    Value aw = std::move(f->awaiting);
    f->awaiting = Value();
    if (how == Resume::Throw) {
      f->stack.pop_back();
      error = std::move(v);
      resume_state = Throw;
    } else {
      Future* fut = aw.as<Future>();
      if (!fut->done()) {
        f->stack.pop_back();
        error = new_exception(RuntimeError, "await wasn't used with future");
        resume_state = Throw;
      } else {
        Outcome oc = fut->get_result();
        if (oc.ok) {
          f->stack.back() = std::move(oc.value);
        } else {
          f->stack.pop_back();
          error = std::move(oc.value);
          resume_state = Throw;
        }
      }
    }
  } else if (how == Resume::Throw) {
    error = std::move(v);
    resume_state = Throw;
  }
  if (resume_state == Suspend) {
    finish();
    return Step::yield(std::move(yielded));
  }

  std::vector<Value>* st = &f->stack;
#define PUSH(x) st->push_back(x)
#define POP() (st->pop_back())
#define TOP() (st->back())
#define PEEK(n) ((*st)[st->size() - (n)])
#define RELOAD() (st = &f->stack)
#define FAIL() goto exception

  if (resume_state == Throw) goto exception;

  for (;;) {
  dispatch:
    if (++steps > limits.max_steps) {
      fail_budget("step budget exceeded (" + std::to_string(limits.max_steps) + " steps) at line " +
                  std::to_string(f->line()));
      goto exception;
    }
    if ((steps & 4095) == 0 && Obj::live_count() > limits.max_objects) {
      fail_budget("memory budget exceeded (" + std::to_string(limits.max_objects) + " live objects) at line " +
                  std::to_string(f->line()));
      goto exception;
    }
    {
      f->last_ip = f->ip;
      const Instr in = co->code[f->ip++];
      uint32_t a = in.arg;
      switch (in.op) {
        case Op::NOP: break;
        case Op::POP_TOP: POP(); break;
        case Op::ROT_TWO: std::swap(PEEK(1), PEEK(2)); break;
        case Op::ROT_THREE: {
          Value t = std::move(PEEK(1));
          PEEK(1) = std::move(PEEK(2));
          PEEK(2) = std::move(PEEK(3));
          PEEK(3) = std::move(t);
          break;
        }
        case Op::DUP_TOP: { Value t = TOP(); PUSH(std::move(t)); break; }
        case Op::DUP_TOP_TWO: {
          Value x = PEEK(2), y = PEEK(1);
          PUSH(std::move(x));
          PUSH(std::move(y));
          break;
        }
        case Op::LOAD_CONST: PUSH(co->consts[a]); break;
        case Op::LOAD_FAST: {
          const Value& x = f->locals[a];
          if (is_null(x)) {
            raise(UnboundLocalError, "cannot access local variable '" + co->varnames[a] +
                                         "' where it is not associated with a value");
            FAIL();
          }
          PUSH(x);
          break;
        }
        case Op::STORE_FAST:
          name_primitive(TOP(), co->varnames[a]);
          f->locals[a] = std::move(TOP());
          POP();
          break;
        case Op::DELETE_FAST:
          if (is_null(f->locals[a])) {
            raise(UnboundLocalError, "cannot access local variable '" + co->varnames[a] +
                                         "' where it is not associated with a value");
            FAIL();
          }
          f->locals[a] = null_value();
          break;
        case Op::LOAD_DEREF: {
          Cell* c = f->cells[a].get();
          if (c->empty) {
            const std::string& nm = a < co->cellvars.size() ? co->cellvars[a] : co->freevars[a - co->cellvars.size()];
            if (a < co->cellvars.size())
              raise(UnboundLocalError, "cannot access local variable '" + nm + "' where it is not associated with a value");
            else
              raise(NameError, "cannot access free variable '" + nm + "' where it is not associated with a value in enclosing scope");
            FAIL();
          }
          PUSH(c->v);
          break;
        }
        case Op::STORE_DEREF: {
          name_primitive(TOP(), a < co->cellvars.size() ? co->cellvars[a] : co->freevars[a - co->cellvars.size()]);
          Cell* c = f->cells[a].get();
          c->v = std::move(TOP());
          c->empty = false;
          POP();
          break;
        }
        case Op::DELETE_DEREF: f->cells[a]->v = Value(); f->cells[a]->empty = true; break;
        case Op::LOAD_CLOSURE: PUSH(Value::object(f->cells[a])); break;
        case Op::LOAD_GLOBAL:
        case Op::LOAD_NAME: {
          Str* name = co->names[a].get();
          Value* x = nullptr;
          if (in.op == Op::LOAD_NAME && f->locals_dict) x = f->locals_dict->find_str(name->s);
          if (!x) x = f->globals->find_str(name->s);
          if (!x) x = builtins->find_str(name->s);
          if (!x) {
            raise(NameError, "name '" + name->s + "' is not defined");
            FAIL();
          }
          PUSH(*x);
          break;
        }
        case Op::STORE_GLOBAL:
          name_primitive(TOP(), co->names[a]->s);
          f->globals->set(Value::object(co->names[a]), std::move(TOP()));
          POP();
          break;
        case Op::STORE_NAME: {
          Dict* d = f->locals_dict ? f->locals_dict.get() : f->globals.get();
          d->set(Value::object(co->names[a]), std::move(TOP()));
          POP();
          break;
        }
        case Op::DELETE_GLOBAL:
        case Op::DELETE_NAME: {
          Dict* d = (in.op == Op::DELETE_NAME && f->locals_dict) ? f->locals_dict.get() : f->globals.get();
          if (!d->erase(Value::object(co->names[a]))) {
            raise(NameError, "name '" + co->names[a]->s + "' is not defined");
            FAIL();
          }
          break;
        }
        case Op::LOAD_ATTR: {
          Value r;
          if (!getattr(TOP(), *co->names[a], r)) FAIL();
          TOP() = std::move(r);
          break;
        }
        case Op::STORE_ATTR: {
          name_primitive(PEEK(2), co->names[a]->s);
          if (!setattr(PEEK(1), *co->names[a], PEEK(2))) FAIL();
          POP();
          POP();
          break;
        }
        case Op::DELETE_ATTR: {
          if (!delattr(TOP(), *co->names[a])) FAIL();
          POP();
          break;
        }
        case Op::LOAD_METHOD: {
          Value meth;
          bool is_method = false;
          if (!load_method(TOP(), *co->names[a], meth, is_method)) FAIL();
          if (is_method) {
            Value self = std::move(TOP());
            TOP() = std::move(meth);
            PUSH(std::move(self));
          } else {
            TOP() = std::move(meth);
            PUSH(null_value());
          }
          break;
        }
        case Op::BINARY_SUBSCR: {
          Value r;
          if (!getitem(PEEK(2), PEEK(1), r)) FAIL();
          POP();
          TOP() = std::move(r);
          break;
        }
        case Op::STORE_SUBSCR:
          if (!setitem(PEEK(2), PEEK(1), PEEK(3))) FAIL();
          POP(); POP(); POP();
          break;
        case Op::DELETE_SUBSCR:
          if (!delitem(PEEK(2), PEEK(1))) FAIL();
          POP(); POP();
          break;
        case Op::BINARY_OP:
        case Op::INPLACE_OP: {
          Value& l = PEEK(2);
          Value& r = PEEK(1);
          // fast paths: small ints and floats
          if (l.tag == Value::Int && r.tag == Value::Int) {
            int64_t x = l.i, y = r.i, z;
            bool done = false;
            switch ((ast::BinOp)a) {
              case ast::BinOp::Add: done = !__builtin_add_overflow(x, y, &z); break;
              case ast::BinOp::Sub: done = !__builtin_sub_overflow(x, y, &z); break;
              case ast::BinOp::Mul: done = !__builtin_mul_overflow(x, y, &z); break;
              default: break;
            }
            if (done) {
              POP();
              TOP() = Value::integer(z);
              break;
            }
          } else if (l.tag == Value::Float && r.tag == Value::Float) {
            double x = l.f, y = r.f;
            bool done = true;
            double z = 0;
            switch ((ast::BinOp)a) {
              case ast::BinOp::Add: z = x + y; break;
              case ast::BinOp::Sub: z = x - y; break;
              case ast::BinOp::Mul: z = x * y; break;
              default: done = false;
            }
            if (done) {
              POP();
              TOP() = Value::real(z);
              break;
            }
          }
          Value res;
          if (!binary((int)a, l, r, res, in.op == Op::INPLACE_OP)) FAIL();
          POP();
          TOP() = std::move(res);
          break;
        }
        case Op::UNARY_OP: {
          Value res;
          if (!unary((int)a, TOP(), res)) FAIL();
          TOP() = std::move(res);
          break;
        }
        case Op::COMPARE_OP: {
          Value& l = PEEK(2);
          Value& r = PEEK(1);
          if (l.tag == Value::Int && r.tag == Value::Int) {
            int64_t x = l.i, y = r.i;
            bool b = false, done = true;
            switch ((ast::CmpOp)a) {
              case ast::CmpOp::Eq: b = x == y; break;
              case ast::CmpOp::NotEq: b = x != y; break;
              case ast::CmpOp::Lt: b = x < y; break;
              case ast::CmpOp::LtE: b = x <= y; break;
              case ast::CmpOp::Gt: b = x > y; break;
              case ast::CmpOp::GtE: b = x >= y; break;
              default: done = false;
            }
            if (done) {
              POP();
              TOP() = Value::boolean(b);
              break;
            }
          }
          Value res;
          if (!compare((int)a, l, r, res)) FAIL();
          POP();
          TOP() = std::move(res);
          break;
        }
        case Op::BUILD_TUPLE:
        case Op::BUILD_LIST: {
          std::vector<Value> items;
          items.reserve(a);
          size_t start = st->size() - a;
          for (size_t i = start; i < st->size(); i++) items.push_back(std::move((*st)[i]));
          st->resize(start);
          if (in.op == Op::BUILD_TUPLE) PUSH(make_tuple(std::move(items)));
          else PUSH(make_list(std::move(items)));
          break;
        }
        case Op::BUILD_SET: {
          Ref<Set> s = make<Set>();
          size_t start = st->size() - a;
          for (size_t i = start; i < st->size(); i++) {
            uint64_t h;
            if (!hash((*st)[i], h)) FAIL();
            s->d.set((*st)[i], Value());
          }
          st->resize(start);
          PUSH(Value::object(s));
          break;
        }
        case Op::BUILD_MAP: {
          Ref<Dict> d = make<Dict>();
          size_t start = st->size() - 2 * a;
          for (size_t i = start; i < st->size(); i += 2) {
            uint64_t h;
            if (!hash((*st)[i], h)) FAIL();
            d->set((*st)[i], (*st)[i + 1]);
          }
          st->resize(start);
          PUSH(Value::object(d));
          break;
        }
        case Op::BUILD_SLICE: {
          Ref<Slice> s = make<Slice>();
          if (a == 3) {
            s->step = std::move(TOP());
            POP();
          }
          s->stop = std::move(TOP());
          POP();
          s->start = std::move(TOP());
          TOP() = Value::object(s);
          break;
        }
        case Op::BUILD_STRING: {
          std::string out;
          size_t start = st->size() - a;
          bool ascii = true;
          for (size_t i = start; i < st->size(); i++) {
            Str* s = as<Str>((*st)[i]);
            out += s->s;
            ascii = ascii && s->ascii;
          }
          st->resize(start);
          PUSH(make_str(std::move(out)));
          break;
        }
        case Op::LIST_APPEND: {
          Value x = std::move(TOP());
          POP();
          as<List>(PEEK(a + 1))->items.push_back(std::move(x));
          break;
        }
        case Op::SET_ADD: {
          Value x = std::move(TOP());
          POP();
          uint64_t h;
          if (!hash(x, h)) FAIL();
          as<Set>(PEEK(a + 1))->d.set(x, Value());
          break;
        }
        case Op::MAP_ADD: {
          Value val = std::move(TOP());
          POP();
          Value key = std::move(TOP());
          POP();
          uint64_t h;
          if (!hash(key, h)) FAIL();
          as<Dict>(PEEK(a + 1))->set(key, std::move(val));
          break;
        }
        case Op::LIST_EXTEND: {
          Value x = std::move(TOP());
          POP();
          std::vector<Value> items;
          if (!to_list(x, items)) FAIL();
          auto& dst = as<List>(PEEK(a + 1))->items;
          for (auto& it : items) dst.push_back(std::move(it));
          break;
        }
        case Op::SET_UPDATE: {
          Value x = std::move(TOP());
          POP();
          std::vector<Value> items;
          if (!to_list(x, items)) FAIL();
          Set* s = as<Set>(PEEK(a + 1));
          for (auto& it : items) {
            uint64_t h;
            if (!hash(it, h)) FAIL();
            s->d.set(it, Value());
          }
          break;
        }
        case Op::DICT_UPDATE:
        case Op::DICT_MERGE: {
          Value x = std::move(TOP());
          POP();
          Dict* dst = as<Dict>(PEEK(a + 1));
          Dict* src = as<Dict>(x);
          if (!src) {
            raise(TypeError, "'" + type_name(x) + "' object is not a mapping");
            FAIL();
          }
          for (auto& e : src->entries) {
            if (!e.live) continue;
            if (in.op == Op::DICT_MERGE && dst->find(e.key)) {
              std::string k;
              str(e.key, k);
              raise(TypeError, "got multiple values for keyword argument '" + k + "'");
              FAIL();
            }
            dst->set(e.key, e.value);
          }
          break;
        }
        case Op::LIST_TO_TUPLE: {
          List* l = as<List>(TOP());
          TOP() = make_tuple(std::move(l->items));
          break;
        }
        case Op::FORMAT_VALUE: {
          std::string spec;
          if (a & 4) {
            spec = as<Str>(TOP())->s;
            POP();
          }
          Value& x = TOP();
          std::string out;
          int conv = a & 3;
          if (conv == 1) {
            if (!str(x, out)) FAIL();
            x = make_str(std::move(out));
            out.clear();
          } else if (conv == 2 || conv == 3) {
            if (!repr(x, out)) FAIL();
            x = make_str(std::move(out));
            out.clear();
          }
          if (spec.empty() && as<Str>(x)) break;
          if (!format(x, spec, out)) FAIL();
          TOP() = make_str(std::move(out));
          break;
        }
        case Op::UNPACK_SEQUENCE:
        case Op::UNPACK_EX: {
          Value seq = std::move(TOP());
          POP();
          std::vector<Value> items;
          if (Tuple* t = as<Tuple>(seq)) items = t->items;
          else if (List* l = as<List>(seq)) items = l->items;
          else if (!to_list(seq, items)) {
            if (isinstance(error, TypeError))
              raise(TypeError, "cannot unpack non-iterable " + type_name(seq) + " object");
            FAIL();
          }
          if (in.op == Op::UNPACK_SEQUENCE) {
            if (items.size() != a) {
              if (items.size() > a)
                raise(ValueError, "too many values to unpack (expected " + std::to_string(a) + ")");
              else
                raise(ValueError, "not enough values to unpack (expected " + std::to_string(a) + ", got " +
                                      std::to_string(items.size()) + ")");
              FAIL();
            }
            for (size_t i = items.size(); i-- > 0;) PUSH(std::move(items[i]));
          } else {
            size_t before = a & 0xff, after = a >> 8;
            if (items.size() < before + after) {
              raise(ValueError, "not enough values to unpack (expected at least " + std::to_string(before + after) +
                                    ", got " + std::to_string(items.size()) + ")");
              FAIL();
            }
            for (size_t i = 0; i < after; i++) PUSH(items[items.size() - 1 - i]);
            std::vector<Value> mid(items.begin() + before, items.end() - after);
            PUSH(make_list(std::move(mid)));
            for (size_t i = before; i-- > 0;) PUSH(items[i]);
          }
          break;
        }
        case Op::GET_ITER: {
          Value it;
          if (!iter(TOP(), it)) FAIL();
          TOP() = std::move(it);
          break;
        }
        case Op::FOR_ITER: {
          Value x;
          int r = next(TOP(), x);
          if (r < 0) FAIL();
          if (r == 0) {
            POP();
            f->ip = a;
          } else {
            PUSH(std::move(x));
          }
          break;
        }
        case Op::JUMP: f->ip = a; break;
        case Op::POP_JUMP_IF_FALSE:
        case Op::POP_JUMP_IF_TRUE: {
          Value& x = TOP();
          bool b;
          if (x.tag == Value::Bool) b = x.b;
          else if (!truthy(x, b)) FAIL();
          POP();
          if (b == (in.op == Op::POP_JUMP_IF_TRUE)) f->ip = a;
          break;
        }
        case Op::JUMP_IF_FALSE_OR_POP:
        case Op::JUMP_IF_TRUE_OR_POP: {
          bool b;
          if (!truthy(TOP(), b)) FAIL();
          if (b == (in.op == Op::JUMP_IF_TRUE_OR_POP)) f->ip = a;
          else POP();
          break;
        }
        case Op::CALL:
        case Op::CALL_KW:
        case Op::CALL_METHOD:
        case Op::CALL_METHOD_KW: {
          const Tuple* kwnames = nullptr;
          Value kwn;
          if (in.op == Op::CALL_KW || in.op == Op::CALL_METHOD_KW) {
            kwn = std::move(TOP());
            POP();
            kwnames = as<Tuple>(kwn);
          }
          int total = (int)a;
          size_t callable_pos;
          int nargs;
          if (in.op == Op::CALL_METHOD || in.op == Op::CALL_METHOD_KW) {
            callable_pos = st->size() - total - 2;
            if (is_null((*st)[callable_pos + 1])) {
              nargs = total;
            } else {
              nargs = total + 1;  // self is the first argument
            }
          } else {
            callable_pos = st->size() - total - 1;
            nargs = total;
          }
          size_t args_pos = st->size() - nargs;
          int nkw = kwnames ? (int)kwnames->items.size() : 0;
          int npos = nargs - nkw;
          Value callable = (*st)[callable_pos];
          Value* args = st->data() + args_pos;
          if (callable.tag == Value::Object && callable.o->kind == Function::K) {
            Function* fn = static_cast<Function*>(callable.o);
            Ref<Frame> nf;
            if (!make_frame(fn, args, npos, nullptr, args + npos, kwnames, nf)) FAIL();
            st->resize(callable_pos);
            if (fn->code->flags & CO_COROUTINE) {
              PUSH(Value::object(new PyCoro(this, nf)));
              break;
            }
            if (chain.size() + depth >= (size_t)limits.max_depth) {
              raise(RecursionError, "maximum recursion depth exceeded");
              FAIL();
            }
            nf->mode = Frame::Call;
            chain.push_back(nf);
            set_top(nf.get());
            RELOAD();
            break;
          }
          if (callable.tag == Value::Object && callable.o->kind == BoundMethod::K && !kwnames) {
            // unpack bound Python methods without an extra copy when possible
            BoundMethod* bm = static_cast<BoundMethod*>(callable.o);
            if (Function* fn = as<Function>(bm->func)) {
              std::vector<Value> a2;
              a2.reserve(npos + 1);
              a2.push_back(bm->self);
              for (int i = 0; i < npos; i++) a2.push_back(args[i]);
              Ref<Frame> nf;
              if (!make_frame(fn, a2.data(), (int)a2.size(), nullptr, nullptr, nullptr, nf)) FAIL();
              st->resize(callable_pos);
              if (fn->code->flags & CO_COROUTINE) {
                PUSH(Value::object(new PyCoro(this, nf)));
                break;
              }
              if (chain.size() + depth >= (size_t)limits.max_depth) {
                raise(RecursionError, "maximum recursion depth exceeded");
                FAIL();
              }
              chain.push_back(nf);
              set_top(nf.get());
              RELOAD();
              break;
            }
          }
          Ref<Dict> kwd;
          if (kwnames) {
            kwd = make<Dict>();
            for (int i = 0; i < nkw; i++) kwd->set(kwnames->items[i], args[npos + i]);
          }
          Value res;
          depth += (int)chain.size();
          bool ok = call(callable, args, npos, kwd.get(), res);
          depth -= (int)chain.size();
          if (!ok) FAIL();
          st->resize(callable_pos);
          PUSH(std::move(res));
          break;
        }
        case Op::CALL_EX: {
          Value kw;
          if (a & 1) {
            kw = std::move(TOP());
            POP();
          }
          Value argsv = std::move(TOP());
          POP();
          Value callable = std::move(TOP());
          POP();
          Tuple* t = as<Tuple>(argsv);
          Value res;
          depth += (int)chain.size();
          bool ok = call(callable, t->items.data(), (int)t->items.size(), as<Dict>(kw), res);
          depth -= (int)chain.size();
          if (!ok) FAIL();
          PUSH(std::move(res));
          break;
        }
        case Op::MAKE_FUNCTION: {
          Ref<Function> fn = make<Function>();
          Code* c = as<Code>(TOP());
          fn->code = Ref<Code>(c);
          POP();
          fn->globals = f->globals;
          fn->name = make<Str>(c->name);
          fn->qualname = make<Str>(c->qualname);
          if (a & 8) {
            Tuple* cl = as<Tuple>(TOP());
            for (auto& x : cl->items) fn->closure.push_back(Ref<Cell>(as<Cell>(x)));
            POP();
          }
          if (a & 2) {
            Dict* kd = as<Dict>(TOP());
            size_t argc = (size_t)c->argcount;
            fn->kwdefaults.assign(c->kwonlycount, Value());
            fn->kwdefault_set.assign(c->kwonlycount, false);
            for (int i = 0; i < c->kwonlycount; i++) {
              if (Value* d = kd->find_str(c->varnames[argc + i])) {
                fn->kwdefaults[i] = *d;
                fn->kwdefault_set[i] = true;
              }
            }
            POP();
          }
          if (a & 1) {
            fn->defaults = as<Tuple>(TOP())->items;
            POP();
          }
          PUSH(Value::object(fn));
          break;
        }
        case Op::RETURN_VALUE: {
          Value rv = std::move(TOP());
          POP();
          if (chain.size() == 1) {
            finish();
            return Step::ret(std::move(rv));
          }
          Ref<Frame> done = chain.back();
          chain.pop_back();
          set_top(chain.back().get());
          RELOAD();
          if (done->mode == Frame::Await) {
            if (done->coro) {
              done->coro->finished = true;
              done->coro->running = false;
            }
            TOP() = std::move(rv);
          } else {
            PUSH(std::move(rv));
          }
          break;
        }
        case Op::SETUP_FINALLY: f->blocks.push_back(Block{a, (uint32_t)st->size()}); break;
        case Op::POP_BLOCK: f->blocks.pop_back(); break;
        case Op::PUSH_EXC_INFO: f->exc_info.push_back(TOP()); break;
        case Op::POP_EXCEPT: f->exc_info.pop_back(); break;
        case Op::CHECK_EXC_MATCH: {
          Value& t = TOP();
          Value& exc = PEEK(2);
          bool m = false;
          if (PyType* ty = as<PyType>(t)) {
            m = isinstance(exc, ty);
          } else if (Tuple* tu = as<Tuple>(t)) {
            for (auto& x : tu->items) {
              PyType* ty2 = as<PyType>(x);
              if (!ty2) {
                raise(TypeError, "catching classes that do not inherit from BaseException is not allowed");
                FAIL();
              }
              if (isinstance(exc, ty2)) m = true;
            }
          } else {
            raise(TypeError, "catching classes that do not inherit from BaseException is not allowed");
            FAIL();
          }
          TOP() = Value::boolean(m);
          break;
        }
        case Op::RERAISE:
          error = std::move(TOP());
          POP();
          goto exception_reraise;
        case Op::POP_EXCEPT_AND_RERAISE:
          error = std::move(TOP());
          POP();
          POP();
          f->exc_info.pop_back();
          goto exception_reraise;
        case Op::RAISE_VARARGS: {
          if (a == 0) {
            Value cur;
            for (size_t i = chain.size(); i-- > 0 && cur.is_none();)
              if (!chain[i]->exc_info.empty()) cur = chain[i]->exc_info.back();
            if (cur.is_none()) {
              raise(RuntimeError, "No active exception to reraise");
              FAIL();
            }
            error = cur;
            goto exception_reraise;
          }
          Value cause;
          bool has_cause = a == 2;
          if (has_cause) {
            cause = std::move(TOP());
            POP();
          }
          Value exc = std::move(TOP());
          POP();
          if (PyType* t = as<PyType>(exc)) {
            if (!t->is_exception) {
              raise(TypeError, "exceptions must derive from BaseException");
              FAIL();
            }
            Value inst;
            if (!call(exc, nullptr, 0, nullptr, inst)) FAIL();
            exc = inst;
          }
          Exception* e = as<Exception>(exc);
          if (!e) {
            raise(TypeError, "exceptions must derive from BaseException");
            FAIL();
          }
          if (has_cause) {
            if (PyType* ct = as<PyType>(cause)) {
              Value ci;
              if (!call(Value::object(ct), nullptr, 0, nullptr, ci)) FAIL();
              cause = ci;
            }
            if (!cause.is_none() && !as<Exception>(cause)) {
              raise(TypeError, "exception causes must derive from BaseException");
              FAIL();
            }
            e->cause = cause;
            e->suppress_context = true;
          }
          error = exc;
          FAIL();
        }
        case Op::BEFORE_WITH:
        case Op::BEFORE_ASYNC_WITH: {
          bool async = in.op == Op::BEFORE_ASYNC_WITH;
          Value cm = TOP();
          static Ref<Str> enter = make<Str>("__enter__"), exit_ = make<Str>("__exit__");
          static Ref<Str> aenter = make<Str>("__aenter__"), aexit = make<Str>("__aexit__");
          Value ex, en;
          bool found = false;
          if (!getattr_opt(cm, async ? *aexit : *exit_, ex, found)) FAIL();
          if (!found) {
            raise(TypeError, "'" + type_name(cm) + "' object does not support the " +
                                 (async ? "asynchronous " : "") + "context manager protocol");
            FAIL();
          }
          if (!getattr_opt(cm, async ? *aenter : *enter, en, found)) FAIL();
          if (!found) {
            raise(TypeError, "'" + type_name(cm) + "' object does not support the " +
                                 (async ? "asynchronous " : "") + "context manager protocol");
            FAIL();
          }
          Value r;
          depth += (int)chain.size();
          bool ok = call(en, nullptr, 0, nullptr, r);
          depth -= (int)chain.size();
          if (!ok) FAIL();
          TOP() = std::move(ex);
          PUSH(std::move(r));
          break;
        }
        case Op::WITH_EXCEPT_START: {
          Value exc = TOP();
          Value exit = PEEK(2);
          PUSH(exit);
          PUSH(Value::object(type_of(exc)));
          PUSH(exc);
          PUSH(Value());
          break;
        }
        case Op::GET_AWAITABLE: {
          Value& x = TOP();
          if (x.tag == Value::Object) {
            if (x.o->kind == PyCoro::K) break;
            if (x.o->kind == 0 && (x.as<Future>() || x.as<ts::Coroutine>())) break;
          }
          raise(TypeError, "object " + type_name(x) + " can't be used in 'await' expression");
          FAIL();
        }
        case Op::AWAIT: {
          Value aw = TOP();
          if (aw.o->kind == PyCoro::K) {
            PyCoro* c = static_cast<PyCoro*>(aw.o);
            if (c->started) {
              raise(RuntimeError, "cannot reuse already awaited coroutine");
              FAIL();
            }
            c->started = true;
            c->running = true;
            if (chain.size() + depth >= (size_t)limits.max_depth) {
              raise(RecursionError, "maximum recursion depth exceeded");
              FAIL();
            }
            c->frame->mode = Frame::Await;
            chain.push_back(c->frame);
            set_top(c->frame.get());
            RELOAD();
            break;
          }
          if (Future* fut = aw.as<Future>()) {
            if (fut->done()) {
              Outcome oc = fut->get_result();
              if (!oc.ok) {
                POP();
                error = std::move(oc.value);
                FAIL();
              }
              TOP() = std::move(oc.value);
              break;
            }
            f->awaiting = aw;
            finish();
            return Step::yield(aw);
          }
          ts::Coroutine* nc = aw.as<ts::Coroutine>();
          Step s;
          try {
            s = nc->resume(Resume::Send, Value());
          } catch (PyErr& e) {
            s = Step::raise(e.exc);
          }
          if (s.kind == Step::Yield) {
            f->delegate = Ref<ts::Coroutine>(nc);
            finish();
            return Step::yield(std::move(s.value));
          }
          if (s.kind == Step::Return) {
            TOP() = std::move(s.value);
            break;
          }
          POP();
          error = std::move(s.value);
          FAIL();
        }
        case Op::IMPORT_NAME: {
          auto it = modules.find(co->names[a]->s);
          if (it == modules.end()) {
            raise(ModuleNotFoundError, "No module named '" + co->names[a]->s + "'");
            FAIL();
          }
          PUSH(Value::object(it->second));
          break;
        }
        case Op::IMPORT_FROM: {
          Value r;
          Module* m = as<Module>(TOP());
          Value* x = m->dict->find_str(co->names[a]->s);
          if (!x) {
            raise(ImportError, "cannot import name '" + co->names[a]->s + "' from '" + m->name + "'");
            FAIL();
          }
          PUSH(*x);
          break;
        }
        case Op::LOAD_ASSERTION_ERROR: PUSH(Value::object(AssertionError)); break;
        case Op::LOAD_BUILD_CLASS: {
          Value* b = builtins->find_str("__build_class__");
          PUSH(*b);
          break;
        }
        case Op::SETUP_ANNOTATIONS: break;
      }
      continue;
    }

  exception:
    // A fresh exception: record where it happened.
    if (Exception* e = as<Exception>(error)) {
      e->tb.push_back(TraceEntry{co->name, f->line()});
      if (e->context.is_none()) {
        for (size_t i = chain.size(); i-- > 0;) {
          if (!chain[i]->exc_info.empty()) {
            if (!chain[i]->exc_info.back().same(error)) e->context = chain[i]->exc_info.back();
            break;
          }
        }
      }
    }
  exception_reraise:
    for (;;) {
      if (!fatal && !f->blocks.empty()) {
        Block b = f->blocks.back();
        f->blocks.pop_back();
        st->resize(b.depth);
        PUSH(std::move(error));
        error = Value();
        f->ip = b.handler;
        goto dispatch;
      }
      if (chain.size() == 1) {
        finish();
        Value e = std::move(error);
        error = Value();
        return Step::raise(std::move(e));
      }
      Ref<Frame> done = chain.back();
      chain.pop_back();
      if (done->mode == Frame::Await && done->coro) {
        done->coro->finished = true;
        done->coro->running = false;
      }
      set_top(chain.back().get());
      RELOAD();
      if (Exception* e = as<Exception>(error)) e->tb.push_back(TraceEntry{co->name, f->line()});
    }
  }
#undef PUSH
#undef POP
#undef TOP
#undef PEEK
#undef RELOAD
#undef FAIL
}

bool VM::exec_module(Ref<Code> code) {
  Ref<Frame> f = make<Frame>();
  f->code = code;
  f->globals = main_globals;
  f->locals.assign(code->varnames.size(), null_value());
  std::vector<Ref<Frame>> chain{f};
  Step s = run(chain, Resume::Send, Value());
  if (s.kind == Step::Raise) {
    error = s.value;
    return false;
  }
  return true;
}

}  // namespace ts::vm
