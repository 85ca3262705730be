// The bytecode interpreter loop: one short case per instruction; the longer
// bodies are named helpers (vm/ops.h). VM::run runs a chain of frames (a
// call pushes one, a return pops one) until the root frame returns, raises
// or the chain suspends at an `await`.
#include "script/code/operators.h"
#include "script/vm/ops.h"

namespace ts::vm {

namespace {

// The fast paths of BINARY_OP / INPLACE_OP and COMPARE_OP: small ints and
// floats, without overflow. False: take the general path.
// Two small ints: the result in z (Python's floored % and //, the bit
// operators); false for overflow, a zero divisor or another operator.
inline bool int_binary(uint32_t op, int64_t x, int64_t y, int64_t& z) {
  switch (code::BinOp(op)) {
    case code::BinOp::Add: return !__builtin_add_overflow(x, y, &z);
    case code::BinOp::Sub: return !__builtin_sub_overflow(x, y, &z);
    case code::BinOp::Mul: return !__builtin_mul_overflow(x, y, &z);
    case code::BinOp::Mod:
      if (y <= 0) return false;  // a negative divisor: the general path
      z = x % y;
      if (z < 0) z += y;
      return true;
    case code::BinOp::FloorDiv:
      if (y <= 0) return false;
      z = x / y;
      if ((x % y) < 0) z--;
      return true;
    case code::BinOp::BitAnd: z = x & y; return true;
    case code::BinOp::BitOr: z = x | y; return true;
    case code::BinOp::BitXor: z = x ^ y; return true;
    default: return false;
  }
}

// Two small ints compared: 0 or 1, or -1 for an operator taken the general way.
inline int int_compare(uint32_t op, int64_t x, int64_t y) {
  switch (code::CmpOp(op)) {
    case code::CmpOp::Eq: return x == y;
    case code::CmpOp::NotEq: return x != y;
    case code::CmpOp::Lt: return x < y;
    case code::CmpOp::LtE: return x <= y;
    case code::CmpOp::Gt: return x > y;
    case code::CmpOp::GtE: return x >= y;
    default: return -1;
  }
}

inline bool fast_binary(uint32_t op, const Value& l, const Value& r, Value& out) {
  if (l.tag == Value::Float && r.tag == Value::Float) {
    switch (code::BinOp(op)) {
      case code::BinOp::Add: out = Value::real(l.f + r.f); return true;
      case code::BinOp::Sub: out = Value::real(l.f - r.f); return true;
      case code::BinOp::Mul: out = Value::real(l.f * r.f); return true;
      default: return false;
    }
  }
  return false;
}

inline bool fast_compare(uint32_t op, const Value& l, const Value& r, Value& out) {
  if (l.tag != Value::Int || r.tag != Value::Int) return false;
  const int64_t x = l.i, y = r.i;
  switch (code::CmpOp(op)) {
    case code::CmpOp::Eq: out = Value::boolean(x == y); return true;
    case code::CmpOp::NotEq: out = Value::boolean(x != y); return true;
    case code::CmpOp::Lt: out = Value::boolean(x < y); return true;
    case code::CmpOp::LtE: out = Value::boolean(x <= y); return true;
    case code::CmpOp::Gt: out = Value::boolean(x > y); return true;
    case code::CmpOp::GtE: out = Value::boolean(x >= y); return true;
    default: return false;
  }
}

// LOAD_GLOBAL (and LOAD_NAME outside a class body): globals, then
// builtins, through co's inline cache. Null: NameError raised.
inline const Value* load_global(VM& vm, Code& co, Dict& globals, uint32_t a) {
  if (__builtin_expect(co.global_cache.empty(), 0)) co.global_cache.resize(co.names.size());
  Code::GlobalCache& c = co.global_cache[a];
  if (c.globals_version == globals.version_tag()) {
    if (!c.builtin) return &globals.entries[c.index].value;
    if (c.builtins_version == vm.builtins->version_tag()) return &vm.builtins->entries[c.index].value;
  }
  const Str& name = *co.names[a];
  if (Value* x = globals.find_str(name)) {
    c = {globals.version_tag(), 0, uint32_t(globals.entry_index(x)), false};
    return x;
  }
  if (Value* x = vm.builtins->find_str(name)) {
    c = {globals.version_tag(), vm.builtins->version_tag(), uint32_t(vm.builtins->entry_index(x)), true};
    return x;
  }
  vm.raise(vm.NameError, "name '" + name.s + "' is not defined");
  return nullptr;
}

// Past limits.max_steps: the step budget stops the run. Every 4096 steps:
// the object budget. False: fatal, vm.error set.
bool check_budgets(VM& vm, const Frame& f) {
  (void)f;
  if (vm.steps > vm.limits.max_steps)
    return vm.fail_budget("budget exceeded: steps (" + std::to_string(vm.limits.max_steps) + " steps)");
  if (Obj::live_count() > vm.limits.max_objects)
    return vm.fail_budget("budget exceeded: objects (" + std::to_string(vm.limits.max_objects) + " live objects)");
  if (!vm.check_wall()) return false;
  vm.next_budget_check = std::min(vm.steps + 4096, vm.limits.max_steps + 1);
  return true;
}

// The generators and coroutines whose frames are in the chain run while it
// runs (gi_running), and stop running when it suspends.
inline void set_running(const Chain& chain, bool on) {
  for (const Ref<Frame>& fr : chain)
    if (fr->owner) fr->owner->running = on;
}

}  // namespace

// Natively each instruction ends in its own dispatch (computed goto: an
// indirect jump per opcode body, which the branch predictor learns per
// opcode pair instead of one shared jump for all); Emscripten's wasm has no
// label addresses, so there every instruction goes back to the switch.
#if defined(__GNUC__) && !defined(__EMSCRIPTEN__)
#define TS_COMPUTED_GOTO 1
#else
#define TS_COMPUTED_GOTO 0
#endif

Step VM::run(Chain& chain, Resume how, Value v) {
  const size_t base = frame_stack.size();
  Frame* f = chain.back().get();
  Code* co = f->code.get();
  Stack* st = &f->stack;
  frame_stack.push_back(f);  // the chain's innermost frame, while this run lasts
  chain_stack.push_back(&chain);
  suspended_line = 0;  // another chain runs: the last suspension is history
  Value yielded;
  // After the chain changed: the innermost frame runs.
  auto reload = [&] {
    f = chain.back().get();
    co = f->code.get();
    st = &f->stack;
    frame_stack.back() = f;
  };

#define PUSH(x) st->push_back(x)
#define POP() (st->pop_back())
#define TOP() (st->back())
#define PEEK(n) ((*st)[st->size() - (n)])
#define FAIL() goto exception
#define SUSPEND(x)                      \
  do {                                  \
    set_running(chain, false);          \
    if (track_lines) suspended_line = chain_line(chain); \
    frame_stack.resize(base); chain_stack.resize(base);           \
    return Step::yield(std::move(x));   \
  } while (0)
// Runs frame `nf` next, inside the chain (its result goes to the caller as `how` says).
#define ENTER(nf, how)                                                   \
  do {                                                                   \
    if (chain.size() + depth >= (size_t)limits.max_depth) {              \
      raise(RecursionError, "maximum recursion depth exceeded");         \
      FAIL();                                                            \
    }                                                                    \
    (nf)->mode = how;                                                    \
    chain.push_back(nf);                                                 \
    reload();                                                            \
  } while (0)
// ENTER for a frame just made (a call's): it moves into the chain.
#define ENTER_NEW(nf)                                                    \
  do {                                                                   \
    if (chain.size() + depth >= (size_t)limits.max_depth) {              \
      raise(RecursionError, "maximum recursion depth exceeded");         \
      FAIL();                                                            \
    }                                                                    \
    chain.push_back(std::move(nf));                                      \
    reload();                                                            \
  } while (0)

// The step and object budgets, checked where a run can go on for long: at
// back-edges (which count the instructions of the loop body they close) and
// calls. At the line of the jump or call.
#define BUDGET(n)                                              \
  do {                                                         \
    if (__builtin_expect((steps += (n)) >= next_budget_check, 0) && !check_budgets(*this, *f)) FAIL(); \
  } while (0)
#define JUMP_TO(target)                                   \
  do {                                                    \
    const uint32_t t_ = (target);                         \
    if (t_ < f->ip) BUDGET(f->ip - t_);                   \
    f->ip = t_;                                           \
  } while (0)

#if TS_COMPUTED_GOTO
#define TARGET(op) case Op::op: L_##op
// A plain goto, so the case's locals are destroyed (a computed goto out of
// their scope would skip their destructors); g++ copies the small dispatch
// block into each case (its duplicate-computed-gotos pass).
#define NEXT goto dispatch
#else
#define TARGET(op) case Op::op
#define NEXT break
#endif

  if (fatal) {
    frame_stack.resize(base); chain_stack.resize(base);
    return Step::raise(error.is_none() ? new_exception(RuntimeError, fatal_message) : error);
  }
  set_running(chain, true);
  // A frame suspended at a yield receives the value sent (or raises the
  // exception thrown) there; one suspended in AWAIT goes on awaiting; a
  // throw into a frame that awaits nothing raises where it stands.
  if (f->at_yield) {
    f->at_yield = false;
    if (how == Resume::Throw) {
      error = std::move(v);
      goto exception;
    }
    PUSH(std::move(v));
  } else if (f->blocked) {
    f->blocked = false;
    if (how == Resume::Throw) {
      error = std::move(v);
      goto exception;
    }
    TOP() = std::move(v);
  } else if (f->delegate || f->delegating || !f->awaiting.is_none()) {
    switch (await_value(*this, *f, how, std::move(v), yielded)) {
      case Awaited::Ready: break;
      case Awaited::Suspend: SUSPEND(yielded);
      case Awaited::Raise: goto exception;
    }
  } else if (how == Resume::Throw) {
    error = std::move(v);
    goto exception;
  }

  Instr in;
  uint32_t a;
#if TS_COMPUTED_GOTO
  // Each opcode's body, then (indexed by opcode + close_pending) the step
  // that closes dropped generators before any instruction.
  static const void* const kLabels[] = {
#define TS_OP_LABEL(name, effect) &&L_##name,
      TS_OPCODES(TS_OP_LABEL)
#undef TS_OP_LABEL
#define TS_OP_CLOSE(name, effect) &&close_first,
      TS_OPCODES(TS_OP_CLOSE)
#undef TS_OP_CLOSE
  };
#endif
  for (;;) {
    {
#if TS_COMPUTED_GOTO
    dispatch:
      in = co->code[f->ip++];
      a = in.arg;
      goto* kLabels[uint8_t(in.op) + close_pending];
    close_first:
      close_dropped(*this);
      goto* kLabels[uint8_t(in.op) + close_pending];
#else
      if (__builtin_expect(!to_close.empty(), 0)) close_dropped(*this);
      in = co->code[f->ip++];
      a = in.arg;
#endif
      switch (in.op) {
        TARGET(NOP): NEXT;
        TARGET(POP_TOP): POP(); NEXT;
        TARGET(ROT_TWO): std::swap(PEEK(1), PEEK(2)); NEXT;
        TARGET(ROT_THREE): {
          Value t = std::move(PEEK(1));
          PEEK(1) = std::move(PEEK(2));
          PEEK(2) = std::move(PEEK(3));
          PEEK(3) = std::move(t);
          NEXT;
        }
        TARGET(DUP_TOP): { Value t = TOP(); PUSH(std::move(t)); NEXT; }
        TARGET(DUP_TOP_TWO): {
          Value x = PEEK(2), y = PEEK(1);
          PUSH(std::move(x));
          PUSH(std::move(y));
          NEXT;
        }
        TARGET(LOAD_CONST): PUSH(co->consts[a]); NEXT;
        TARGET(LOAD_FAST): {
          const Value& x = f->locals[a];
          if (x.is_unset()) {
            unbound_local(*this, co->varnames[a]);
            FAIL();
          }
          PUSH(x);
          NEXT;
        }
        TARGET(STORE_FAST):
          name_primitive(TOP(), co->varnames[a]);
          f->locals[a] = std::move(TOP());
          POP();
          NEXT;
        TARGET(DELETE_FAST):
          if (f->locals[a].is_unset()) {
            unbound_local(*this, co->varnames[a]);
            FAIL();
          }
          f->locals[a] = Value::unset();
          NEXT;
        TARGET(LOAD_DEREF): {
          Cell* c = f->cells[a].get();
          if (c->empty) {
            empty_cell(*this, *co, a);
            FAIL();
          }
          PUSH(c->v);
          NEXT;
        }
        TARGET(STORE_DEREF): {
          name_primitive(TOP(), a < co->cellvars.size() ? co->cellvars[a] : co->freevars[a - co->cellvars.size()]);
          Cell* c = f->cells[a].get();
          c->v = std::move(TOP());
          c->empty = false;
          POP();
          NEXT;
        }
        TARGET(DELETE_DEREF): f->cells[a]->v = Value(); f->cells[a]->empty = true; NEXT;
        TARGET(LOAD_CLOSURE): PUSH(Value::object(f->cells[a])); NEXT;
        TARGET(LOAD_GLOBAL):
        TARGET(LOAD_NAME): {
          if (in.op == Op::LOAD_NAME && f->locals_dict) {
            const Str* name = co->names[a].get();
            Value* x = f->locals_dict->find_str(*name);
            if (!x) x = f->globals->find_str(*name);
            if (!x) x = builtins->find_str(*name);
            if (!x) {
              raise(NameError, "name '" + name->s + "' is not defined");
              FAIL();
            }
            PUSH(*x);
            NEXT;
          }
          if (const Value* x = load_global(*this, *co, *f->globals, a)) {
            PUSH(*x);
            NEXT;
          }
          FAIL();
        }
        TARGET(STORE_GLOBAL):
          name_primitive(TOP(), co->names[a]->s);
          f->globals->set(Value::object(co->names[a]), std::move(TOP()));
          POP();
          NEXT;
        TARGET(STORE_NAME): {
          Dict* d = f->locals_dict ? f->locals_dict.get() : f->globals.get();
          d->set(Value::object(co->names[a]), std::move(TOP()));
          POP();
          NEXT;
        }
        TARGET(DELETE_GLOBAL):
        TARGET(DELETE_NAME): {
          Dict* d = (in.op == Op::DELETE_NAME && f->locals_dict) ? f->locals_dict.get() : f->globals.get();
          if (!d->erase(Value::object(co->names[a]))) {
            raise(NameError, "name '" + co->names[a]->s + "' is not defined");
            FAIL();
          }
          NEXT;
        }
        TARGET(LOAD_ATTR): {
          // A user class's instance: its lookup at once (not found: the
          // general path, which raises the AttributeError).
          if (TOP().tag == Value::Object && TOP().o->kind == Instance::K) {
            Value r;
            bool found = false;
            if (!instance_getattr(*this, TOP(), static_cast<Instance*>(TOP().o), *co->names[a], r, found)) FAIL();
            if (found) {
              TOP() = std::move(r);
              NEXT;
            }
          }
          Value r;
          if (!getattr(TOP(), *co->names[a], r)) FAIL();
          TOP() = std::move(r);
          NEXT;
        }
        TARGET(STORE_ATTR):
          name_primitive_attr(PEEK(2), *co, f->ip - 1);
          if (!setattr(PEEK(1), *co->names[a], PEEK(2))) FAIL();
          POP();
          POP();
          NEXT;
        TARGET(DELETE_ATTR):
          if (!delattr(TOP(), *co->names[a])) FAIL();
          POP();
          NEXT;
        TARGET(LOAD_METHOD): {
          Value meth;
          bool is_method = false;
          if (!load_method(TOP(), *co->names[a], meth, is_method)) FAIL();
          Value self = is_method ? std::move(TOP()) : Value::unset();
          TOP() = std::move(meth);
          PUSH(std::move(self));
          NEXT;
        }
        TARGET(BINARY_SUBSCR): {
          Value r;
          if (!getitem(PEEK(2), PEEK(1), r)) FAIL();
          POP();
          TOP() = std::move(r);
          NEXT;
        }
        TARGET(STORE_SUBSCR):
          if (!setitem(PEEK(2), PEEK(1), PEEK(3))) FAIL();
          POP(); POP(); POP();
          NEXT;
        TARGET(DELETE_SUBSCR):
          if (!delitem(PEEK(2), PEEK(1))) FAIL();
          POP(); POP();
          NEXT;
        TARGET(BINARY_OP):
        TARGET(INPLACE_OP): {
          if (PEEK(2).tag == Value::Int && PEEK(1).tag == Value::Int) {
            int64_t z;
            if (int_binary(a, PEEK(2).i, PEEK(1).i, z)) {  // in place: ints hold no reference
              POP();
              TOP().i = z;
              NEXT;
            }
          }
          if (a == uint32_t(code::BinOp::Add) && op_str_append_in_place(*f, *co, PEEK(2), PEEK(1))) {
            POP();  // the left operand, grown, is the result
            NEXT;
          }
          Value r;
          if (!fast_binary(a, PEEK(2), PEEK(1), r) && !binary((int)a, PEEK(2), PEEK(1), r, in.op == Op::INPLACE_OP))
            FAIL();
          POP();
          TOP() = std::move(r);
          NEXT;
        }
        TARGET(UNARY_OP): {
          Value r;
          if (!unary((int)a, TOP(), r)) FAIL();
          TOP() = std::move(r);
          NEXT;
        }
        TARGET(COMPARE_OP): {
          if (PEEK(2).tag == Value::Int && PEEK(1).tag == Value::Int) {
            const int c = int_compare(a, PEEK(2).i, PEEK(1).i);
            if (c >= 0) {
              POP();
              const Instr next = co->code[f->ip];
              if (next.op == Op::POP_JUMP_IF_FALSE || next.op == Op::POP_JUMP_IF_TRUE) {
                // The jump that tests it, done here (the bool is never made).
                POP();
                f->ip++;
                if (c == (next.op == Op::POP_JUMP_IF_TRUE)) JUMP_TO(next.arg);
                NEXT;
              }
              TOP().tag = Value::Bool;
              TOP().i = 0;
              TOP().b = c != 0;
              NEXT;
            }
          }
          Value r;
          if (!fast_compare(a, PEEK(2), PEEK(1), r) && !compare((int)a, PEEK(2), PEEK(1), r)) FAIL();
          POP();
          TOP() = std::move(r);
          NEXT;
        }
        TARGET(BUILD_TUPLE):
        TARGET(BUILD_LIST): op_build_sequence(*this, *st, in.op, a); NEXT;
        TARGET(BUILD_SET): if (!op_build_set(*this, *st, a)) FAIL(); NEXT;
        TARGET(BUILD_MAP): if (!op_build_map(*this, *st, a)) FAIL(); NEXT;
        TARGET(BUILD_SLICE): op_build_slice(*st, a); NEXT;
        TARGET(BUILD_STRING): op_build_string(*this, *st, a); NEXT;
        TARGET(LIST_APPEND): {
          Value x = std::move(TOP());
          POP();
          as<List>(PEEK(a + 1))->items.push_back(std::move(x));
          NEXT;
        }
        TARGET(SET_ADD): {
          Value x = std::move(TOP());
          POP();
          uint64_t h;
          if (!hash(x, h)) FAIL();
          as<Set>(PEEK(a + 1))->d.set(x, h, Value());
          if (!error.is_none()) FAIL();
          NEXT;
        }
        TARGET(MAP_ADD): {
          Value val = std::move(TOP());
          POP();
          Value key = std::move(TOP());
          POP();
          uint64_t h;
          if (!hash(key, h)) FAIL();
          as<Dict>(PEEK(a + 1))->set(key, h, std::move(val));
          if (!error.is_none()) FAIL();
          NEXT;
        }
        TARGET(LIST_EXTEND): if (!op_list_extend(*this, *st, a)) FAIL(); NEXT;
        TARGET(SET_UPDATE): if (!op_set_update(*this, *st, a)) FAIL(); NEXT;
        TARGET(DICT_UPDATE):
        TARGET(DICT_MERGE): if (!op_dict_update(*this, *st, a, in.op == Op::DICT_MERGE)) FAIL(); NEXT;
        TARGET(LIST_TO_TUPLE): TOP() = make_tuple(std::move(as<List>(TOP())->items)); NEXT;
        TARGET(FORMAT_VALUE): if (!op_format_value(*this, *st, a)) FAIL(); NEXT;
        TARGET(UNPACK_SEQUENCE):
        TARGET(UNPACK_EX): if (!op_unpack(*this, *st, in.op, a)) FAIL(); NEXT;
        TARGET(GET_ITER): {
          Value it;
          if (!iter(TOP(), it)) FAIL();
          TOP() = std::move(it);
          NEXT;
        }
        TARGET(FOR_ITER): {
          Value x;
          depth += (int)chain.size();  // a generator's frames run nested
          int r = next(TOP(), x);
          depth -= (int)chain.size();
          if (r < 0) FAIL();
          if (r == 0) {
            POP();
            f->ip = a;
          } else {
            PUSH(std::move(x));
          }
          NEXT;
        }
        TARGET(JUMP): JUMP_TO(a); NEXT;
        TARGET(POP_JUMP_IF_FALSE):
        TARGET(POP_JUMP_IF_TRUE): {
          bool b;
          if (TOP().tag == Value::Bool) b = TOP().b;
          else if (!truthy(TOP(), b)) FAIL();
          POP();
          if (b == (in.op == Op::POP_JUMP_IF_TRUE)) JUMP_TO(a);
          NEXT;
        }
        TARGET(JUMP_IF_FALSE_OR_POP):
        TARGET(JUMP_IF_TRUE_OR_POP): {
          bool b;
          if (!truthy(TOP(), b)) FAIL();
          if (b == (in.op == Op::JUMP_IF_TRUE_OR_POP)) JUMP_TO(a);
          else POP();
          NEXT;
        }
        TARGET(CALL):
        TARGET(CALL_KW):
        TARGET(CALL_METHOD):
        TARGET(CALL_METHOD_KW): {
          BUDGET(1);
          Ref<Frame> callee;
          if (!op_call(*this, *st, in.op, a, (int)chain.size(), callee)) FAIL();
          if (callee) ENTER_NEW(callee);
          else if (blocked(*this, *f, yielded)) SUSPEND(yielded);
          NEXT;
        }
        TARGET(CALL_EX): {
          BUDGET(1);
          Ref<Frame> callee;
          if (!op_call_ex(*this, *st, a, (int)chain.size(), callee)) FAIL();
          if (callee) ENTER_NEW(callee);
          else if (blocked(*this, *f, yielded)) SUSPEND(yielded);
          NEXT;
        }
        TARGET(MAKE_FUNCTION): op_make_function(*st, f->globals, a); NEXT;
        TARGET(RETURN_VALUE): {
          Value rv = std::move(TOP());
          POP();
          f->note_exit();
          if (chain.size() == 1) {
            frame_stack.resize(base); chain_stack.resize(base);
            return Step::ret(std::move(rv));
          }
          Ref<Frame> done = std::move(chain.back());
          chain.pop_back();
          reload();
          finish_awaited(*done);
          if (done->mode == Frame::Await) TOP() = std::move(rv);  // replaces the coroutine object
          else PUSH(std::move(rv));
          NEXT;
        }
        TARGET(SETUP_FINALLY): f->blocks.push_back(Block{a, (uint32_t)st->size()}); NEXT;
        TARGET(POP_BLOCK): f->blocks.pop_back(); NEXT;
        TARGET(PUSH_EXC_INFO): f->exc_info.push_back(TOP()); NEXT;
        TARGET(POP_EXCEPT): f->exc_info.pop_back(); NEXT;
        TARGET(CHECK_EXC_MATCH): if (!op_check_exc_match(*this, *st)) FAIL(); NEXT;
        TARGET(CHECK_EG_MATCH): if (!op_check_eg_match(*this, *f, *st)) FAIL(); NEXT;
        TARGET(PREP_RERAISE_STAR): if (!op_prep_reraise_star(*this, *st)) FAIL(); NEXT;
        TARGET(RERAISE):
          error = std::move(TOP());
          POP();
          goto reraise;
        TARGET(POP_EXCEPT_AND_RERAISE):
          error = std::move(TOP());
          POP();
          POP();
          f->exc_info.pop_back();
          goto reraise;
        TARGET(RAISE_VARARGS):
          if (op_raise(*this, chain, *st, a)) goto reraise;
          FAIL();
        TARGET(BEFORE_WITH):
        TARGET(BEFORE_ASYNC_WITH): {
          Ref<Frame> callee;
          if (!op_before_with(*this, *st, in.op == Op::BEFORE_ASYNC_WITH, (int)chain.size(), callee)) FAIL();
          if (callee) ENTER_NEW(callee);
          else if (blocked(*this, *f, yielded)) SUSPEND(yielded);
          NEXT;
        }
        TARGET(WITH_EXCEPT_START): {
          Value exc = TOP();
          Value exit = PEEK(2);
          PUSH(std::move(exit));
          PUSH(Value::object(type_of(exc)));
          PUSH(std::move(exc));
          PUSH(Value());
          NEXT;
        }
        TARGET(GET_AWAITABLE): if (!get_awaitable(*this, TOP())) FAIL(); NEXT;
        TARGET(GET_YIELD_FROM_ITER): if (!get_yield_from_iter(*this, TOP(), co->flags & CO_ITERABLE_COROUTINE)) FAIL(); NEXT;
        TARGET(AWAIT): {
          if (PyCoro* c = as<PyCoro>(TOP())) {  // runs as frames of this chain
            if (!begin_await(*this, *c)) FAIL();
            ENTER(c->frame, Frame::Await);
            NEXT;
          }
          if (PyGen* g = as<PyGen>(TOP()); g && !g->started) {  // so does a fresh generator
            g->started = g->running = true;
            ENTER(g->frame, Frame::Await);
            NEXT;
          }
          switch (await_value(*this, *f, Resume::Send, Value(), yielded)) {
            case Awaited::Ready: break;
            case Awaited::Suspend: SUSPEND(yielded);
            case Awaited::Raise: FAIL();
          }
          NEXT;
        }
        TARGET(YIELD_VALUE): {
          Value y = std::move(TOP());
          POP();
          f->at_yield = true;
          if (co->flags & CO_COROUTINE) {  // an async generator: the root of its chain
            set_running(chain, false);
            frame_stack.resize(base); chain_stack.resize(base);
            return Step::ret(std::move(y));
          }
          SUSPEND(y);
        }
        TARGET(GET_AITER): if (!get_aiter(*this, TOP())) FAIL(); NEXT;
        TARGET(GET_ANEXT): {
          Value aw;
          if (!get_anext(*this, TOP(), aw)) FAIL();
          PUSH(std::move(aw));
          NEXT;
        }
        TARGET(END_ASYNC_FOR):
          if (!isinstance(TOP(), StopAsyncIteration)) {
            error = std::move(TOP());
            POP();
            goto reraise;
          }
          POP();
          POP();
          NEXT;
        TARGET(IMPORT_NAME): if (!op_import_name(*this, *st, *co->names[a])) FAIL(); NEXT;
        TARGET(IMPORT_FROM): if (!op_import_from(*this, *st, *co->names[a])) FAIL(); NEXT;
        TARGET(LOAD_ASSERTION_ERROR): PUSH(Value::object(AssertionError)); NEXT;
        TARGET(LOAD_BUILD_CLASS): PUSH(*builtins->find_str("__build_class__")); NEXT;
        TARGET(SETUP_ANNOTATIONS): NEXT;
        default: __builtin_unreachable();  // the compiler emits only the ops above: no range check
      }
      continue;
    }

  exception:
    record_raise(*this, chain);
  reraise:
    if (!unwind(*this, chain)) {
      chain.back()->note_exit();
      frame_stack.resize(base); chain_stack.resize(base);
      Value e = std::move(error);
      error = Value();
      return Step::raise(std::move(e));
    }
    reload();
  }
#undef PUSH
#undef POP
#undef TOP
#undef PEEK
#undef FAIL
#undef SUSPEND
#undef ENTER
#undef ENTER_NEW
#undef BUDGET
#undef JUMP_TO
#undef TARGET
#undef NEXT
}

}  // namespace ts::vm
