// The interpreter loop's helpers (vm/ only): the bodies of the instructions
// longer than a few lines, so each case of VM::run stays short (as Wren's
// runInterpreter). `st` is the running frame's stack. Unless said otherwise a
// helper returns false with vm.error set when the instruction raises.
#pragma once
#include <vector>

#include "script/objects/await_iter.h"
#include "script/vm/vm.h"

namespace ts::vm {

using Chain = std::vector<Ref<Frame>>;

// ---- calls (call.cpp) ----
// CALL, CALL_KW, CALL_METHOD, CALL_METHOD_KW. A Python function's frame is
// returned in `callee` for the loop to enter (calling an async function
// pushes its coroutine object instead); anything else is called at once and
// its result pushed. `nesting`: frames of the running chain (they count
// toward the recursion limit during a nested call).
bool op_call(VM& vm, Stack& st, Op op, uint32_t a, int nesting, Ref<Frame>& callee);
// `s += t` / `s = s + t` on a str only the variable and the stack hold, when
// the next instruction stores the result back into that variable: appends to
// s in place (CPython's unicode_concatenate), so building a string in a loop
// is linear, not quadratic. False: nothing done, take the general path.
bool op_str_append_in_place(const Frame& f, const Code& co, const Value& l, const Value& r);
// CALL_EX: f(*args, **kwargs); a Python function's frame goes in `callee`, as for op_call.
bool op_call_ex(VM& vm, Stack& st, uint32_t a, int nesting, Ref<Frame>& callee);
// vm.call from inside the loop, with the running chain counted in vm.depth.
bool call_nested(VM& vm, int nesting, const Value& callable, const Value* args, int nargs, Dict* kwargs,
                 Value& out);

// ---- threads (threads.cpp) ----
// The native called by the instruction just run set vm.block_on: f
// suspends there until its thread is resumed with the call's result.
inline bool blocked(VM& vm, Frame& f, Value& token) {
  if (__builtin_expect(vm.block_on.is_none(), 1)) return false;
  f.blocked = true;
  token = std::move(vm.block_on);
  vm.block_on = Value();
  return true;
}

// ---- await (coroutine.cpp) ----
enum class Awaited { Ready, Suspend, Raise };
// GET_AWAITABLE: get_awaitable (objects/await_iter.h).
// GET_YIELD_FROM_ITER: v = iter(v), unless v is a generator (or, in a
// types.coroutine generator, a coroutine).
bool get_yield_from_iter(VM& vm, Value& v, bool in_coroutine);
// AWAIT on a coroutine object: marks it started (it runs as frames of this chain).
bool begin_await(VM& vm, PyCoro& c);
// Awaits the future, native coroutine or iterator on f's TOS: for AWAIT (how = Send,
// v = None) and again each time the task resumes f with how/v. Ready: TOS is
// the result. Suspend: the task must wait; `yielded` is what to yield (f
// records what it awaits). Raise: TOS popped, vm.error set.
Awaited await_value(VM& vm, Frame& f, Resume how, Value v, Value& yielded);

// ---- async iteration (asyncgen.cpp) ----
// GET_AITER: v = v.__aiter__() (an async generator is its own).
bool get_aiter(VM& vm, Value& v);
// GET_ANEXT: the awaitable of aiter.__anext__().
bool get_anext(VM& vm, const Value& aiter, Value& out);
// loop.shutdown_asyncgens: gathers aclose() of vm.asyncgens on loop (null if none).
Ref<Future> shutdown_asyncgens(VM& vm, Loop& loop);

// ---- generators (generator.cpp) ----
// PEP 479: a StopIteration (or, in an async generator, StopAsyncIteration)
// leaving g's frame becomes RuntimeError("generator raised StopIteration").
void pep479(VM& vm, const GenState& g, Value& exc);
// Closes the generators in vm.to_close (the interpreter, before an instruction).
void close_dropped(VM& vm);

// ---- exceptions (exceptions.cpp) ----
// RAISE_VARARGS. Returns true when it re-raises the exception being handled
// (a bare `raise`: its traceback goes on), false for a new exception.
bool op_raise(VM& vm, const Chain& chain, Stack& st, uint32_t a);
// CHECK_EXC_MATCH.
bool op_check_exc_match(VM& vm, Stack& st);
// CHECK_EG_MATCH / PREP_RERAISE_STAR (except*, PEP 654).
bool op_check_eg_match(VM& vm, Frame& f, Stack& st);
bool op_prep_reraise_star(VM& vm, Stack& st);
// A new exception in vm.error: the innermost frame's line goes in its
// traceback, and the exception being handled becomes its __context__.
void record_raise(VM& vm, const Chain& chain);
// Unwinds vm.error to the innermost handler: pops the frames without one
// (each caller's line goes in the traceback). Returns false when no frame
// handles it (the chain's root frame stays, vm.error set); else the
// handler's frame is innermost, with the exception on its stack.
bool unwind(VM& vm, Chain& chain);
// UnboundLocalError / NameError for an unset local or an empty cell.
bool unbound_local(VM& vm, const std::string& name);
bool empty_cell(VM& vm, const Code& co, uint32_t cell);

// ---- objects (ops.cpp) ----
void op_build_sequence(VM& vm, Stack& st, Op op, uint32_t n);  // BUILD_TUPLE, BUILD_LIST
bool op_build_set(VM& vm, Stack& st, uint32_t n);
bool op_build_map(VM& vm, Stack& st, uint32_t n);
void op_build_slice(Stack& st, uint32_t n);
void op_build_string(VM& vm, Stack& st, uint32_t n);
bool op_list_extend(VM& vm, Stack& st, uint32_t a);
bool op_set_update(VM& vm, Stack& st, uint32_t a);
bool op_dict_update(VM& vm, Stack& st, uint32_t a, bool merge);  // DICT_UPDATE, DICT_MERGE
bool op_format_value(VM& vm, Stack& st, uint32_t a);
bool op_unpack(VM& vm, Stack& st, Op op, uint32_t a);  // UNPACK_SEQUENCE, UNPACK_EX
void op_make_function(Stack& st, const Ref<Dict>& globals, uint32_t a);
// BEFORE_(ASYNC_)WITH; a Python __enter__'s frame is returned in `callee` for the loop to enter.
bool op_before_with(VM& vm, Stack& st, bool async, int nesting, Ref<Frame>& callee);
bool op_import_name(VM& vm, Stack& st, const Str& name);
bool op_import_from(VM& vm, Stack& st, const Str& name);
// A primitive bound to a name gets it as its label (the page shows
// "sem Semaphore(3)" instead of "Semaphore#1"). Inline: every store runs it.
void label_core_object(Obj* o, const std::string& name);
inline void name_primitive(const Value& v, const std::string& name) {
  if (v.tag == Value::Object && v.o->kind == 0) label_core_object(v.o, name);
}
// `obj.attr = <primitive>` (STORE_ATTR at co.code[store_ip]): labelled after
// the expression, "self.sem", when the instruction before loaded obj by name;
// else just "sem".
void label_attr_object(Obj* o, const Code& co, size_t store_ip);
inline void name_primitive_attr(const Value& v, const Code& co, size_t store_ip) {
  if (v.tag == Value::Object && v.o->kind == 0) label_attr_object(v.o, co, store_ip);
}

}  // namespace ts::vm
