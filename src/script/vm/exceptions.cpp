// How exceptions travel through a chain of frames: raising (RAISE_VARARGS),
// matching except clauses, the traceback entries and the implicit
// __context__ an exception collects, and unwinding to the handler that
// catches it. (Printing a traceback is the exception object's business:
// VM::format_traceback.)
#include "script/vm/ops.h"

#include "script/objects/exception_group.h"

namespace ts::vm {

namespace {

// The exception being handled (sys.exception()): the innermost on the chain.
Value handled_exception(const Chain& chain) {
  for (size_t i = chain.size(); i-- > 0;)
    if (!chain[i]->exc_info.empty()) return chain[i]->exc_info.back();
  return Value();
}

bool not_an_exception_class(VM& vm) {
  return vm.raise(vm.TypeError, "catching classes that do not inherit from BaseException is not allowed");
}

}  // namespace

bool op_raise(VM& vm, const Chain& chain, Stack& st, uint32_t a) {
  if (a == 0) {  // bare `raise`
    Value cur = handled_exception(chain);
    if (cur.is_none()) return vm.raise(vm.RuntimeError, "No active exception to reraise");
    vm.error = std::move(cur);
    return true;
  }
  Value cause;
  const bool has_cause = a == 2;
  if (has_cause) {
    cause = std::move(st.back());
    st.pop_back();
  }
  Value exc = std::move(st.back());
  st.pop_back();
  if (PyType* t = as<PyType>(exc)) {
    if (!t->is_exception) return vm.raise(vm.TypeError, "exceptions must derive from BaseException");
    Value inst;
    if (!vm.call(exc, nullptr, 0, nullptr, inst)) return false;
    exc = inst;
  }
  Exception* e = as<Exception>(exc);
  if (!e) return vm.raise(vm.TypeError, "exceptions must derive from BaseException");
  if (has_cause) {
    if (PyType* ct = as<PyType>(cause)) {
      Value ci;
      if (!vm.call(Value::object(ct), nullptr, 0, nullptr, ci)) return false;
      cause = ci;
    }
    if (!cause.is_none() && !as<Exception>(cause))
      return vm.raise(vm.TypeError, "exception causes must derive from BaseException");
    e->cause = cause;
    e->suppress_context = true;
  }
  vm.error = exc;
  return false;
}

bool op_check_exc_match(VM& vm, Stack& st) {
  Value& t = st.back();
  const Value& exc = st[st.size() - 2];
  bool m = false;
  if (PyType* ty = as<PyType>(t)) {
    m = vm.isinstance(exc, ty);
  } else if (Tuple* tu = as<Tuple>(t)) {
    for (auto& x : tu->items) {
      PyType* ty2 = as<PyType>(x);
      if (!ty2) return not_an_exception_class(vm);
      if (vm.isinstance(exc, ty2)) m = true;
    }
  } else {
    return not_an_exception_class(vm);
  }
  t = Value::boolean(m);
  return true;
}

// CPython's CHECK_EG_MATCH (exception_group_match): a full match of a group
// is the group; of a naked exception, ExceptionGroup('', (exc,)); else a
// group splits by the type.
bool op_check_eg_match(VM& vm, Frame& f, Stack& st) {
  Value t = std::move(st.back());
  st.pop_back();
  Value exc = st.back();
  if (!exception_group_star_type_ok(vm, t)) return false;
  Value match, rest;
  bool full = false;
  if (!exception_group_matches(vm, exc, t, full)) return false;
  if (full) {
    if (as<Exception>(exc) && !as<Exception>(exc)->group.empty()) {
      match = exc;
    } else {
      Value a[] = {vm.make_str(""), vm.make_tuple({exc})};
      if (!exception_group_new(vm, vm.BaseExceptionGroup, a, 2, match)) return false;  // no traceback (3.11.7)
    }
  } else if (as<Exception>(exc) && !as<Exception>(exc)->group.empty()) {
    Value args[] = {t};
    Value pair;
    if (!vm.callm(exc, "split", args, 1, pair)) return false;
    Tuple* tu = as<Tuple>(pair);
    if (!tu || tu->items.size() != 2)
      return vm.raise(vm.TypeError, "ExceptionGroup.split must return a 2-tuple, got " + vm.type_name(pair));
    match = tu->items[0];
    rest = tu->items[1];
  } else {
    rest = exc;
  }
  st.back() = rest;
  if (!match.is_none() && !f.exc_info.empty()) f.exc_info.back() = match;
  st.push_back(std::move(match));
  return true;
}

bool op_prep_reraise_star(VM& vm, Stack& st) {
  Value excs = std::move(st.back());
  st.pop_back();
  Value out;
  if (!exception_group_prep_reraise(vm, st.back(), *as<List>(excs), out)) return false;
  st.back() = std::move(out);
  return true;
}

void record_raise(VM& vm, const Chain& chain) {
  Exception* e = as<Exception>(vm.error);
  if (!e) return;
  const Frame& f = *chain.back();
  e->tb.push_back(trace_entry(f));
  if (e->context.is_none()) {
    Value cur = handled_exception(chain);
    if (!cur.is_none() && !cur.same(vm.error)) e->context = std::move(cur);
  }
}

bool unwind(VM& vm, Chain& chain) {
  for (;;) {
    Frame& f = *chain.back();
    if (!vm.fatal && !f.blocks.empty()) {  // budget errors are not catchable
      Block b = f.blocks.back();
      f.blocks.pop_back();
      f.stack.resize(b.depth);
      f.stack.push_back(std::move(vm.error));
      vm.error = Value();
      f.ip = b.handler;
      return true;
    }
    if (chain.size() == 1) return false;
    Ref<Frame> done = std::move(chain.back());
    chain.pop_back();
    done->note_exit();
    if (done->mode != Frame::Call && done->owner && !vm.fatal) pep479(vm, *done->owner, vm.error);
    finish_awaited(*done);
    const Frame& caller = *chain.back();
    if (Exception* e = as<Exception>(vm.error)) e->tb.push_back(trace_entry(caller));
  }
}

bool unbound_local(VM& vm, const std::string& name) {
  return vm.raise(vm.UnboundLocalError,
                  "cannot access local variable '" + name + "' where it is not associated with a value");
}

bool empty_cell(VM& vm, const Code& co, uint32_t cell) {
  if (cell < co.cellvars.size()) return unbound_local(vm, co.cellvars[cell]);
  return vm.raise(vm.NameError, "cannot access free variable '" + co.freevars[cell - co.cellvars.size()] +
                                    "' where it is not associated with a value in enclosing scope");
}

}  // namespace ts::vm
