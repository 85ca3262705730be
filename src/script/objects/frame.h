// The heap frames that run code objects, and the objects that own a frame
// which suspends: generators, coroutines and async generators (CPython's
// Objects/frameobject.c, genobject.c). Frames live on the heap so a chain of
// them can suspend at a `yield` or an `await` and resume later. The
// interpreter (ts_vm) runs a chain, innermost last, and defines their
// resumption; this layer reads them (super(), reprs, the current line).
#pragma once
#include <string>
#include <vector>

#include "core/coro.h"
#include "script/objects/code.h"
#include "script/objects/iterator.h"
#include "script/objects/str.h"

namespace ts::vm {

// A handler block pushed by SETUP_FINALLY.
struct Block {
  uint32_t handler;
  uint32_t depth;  // the stack depth to unwind to before jumping to handler
};

struct GenState;

struct Frame : Obj {
  TS_KIND(Frame);
  Ref<Code> code;
  Ref<Function> func;
  Ref<Dict> globals;
  Ref<Dict> locals_dict;          // module and class bodies
  std::vector<Value> locals;      // fast locals (varnames); Value::unset() until bound
  std::vector<Ref<Cell>> cells;   // cellvars then freevars
  std::vector<Value> stack;       // reserved to code->max_stack
  std::vector<Block> blocks;
  std::vector<Value> exc_info;    // exceptions being handled (innermost last)
  uint32_t ip = 0;
  uint32_t last_ip = 0;           // instruction being executed (for line numbers)
  // How the caller receives our result: pushed (a call), or in place of the
  // awaited object on its TOS (await, yield from).
  enum Mode : uint8_t { Call, Await } mode = Call;
  // Suspension state of the innermost frame of a chain.
  Ref<ts::Coroutine> delegate;    // a native coroutine we are awaiting
  Value awaiting;                 // a pending future we are awaiting
  bool at_yield = false;          // suspended at YIELD_VALUE: resuming pushes the sent value
  bool blocked = false;           // a thread blocked in a native call: resuming replaces TOS with its result
  bool delegating = false;        // yielding from the iterator on TOS (an AWAIT that did not enter a frame)
  GenState* owner = nullptr;      // the generator or coroutine object owning this frame, if any

  Frame(Ref<Code> c, Ref<Dict> g) : code(std::move(c)), globals(std::move(g)) {
    locals.assign(code->varnames.size(), Value::unset());
    stack.reserve(code->max_stack);
  }
  // As the frame returns or raises: a stack that outgrew max_stack counts.
  // (Not in the destructor: it would cost stack in the recursive frees of
  // long chains of frames.)
  void note_exit() {
    if (stack.capacity() > code->max_stack) code->stack_overflows++;
  }
  const char* type_name() const override { return "frame"; }
  int line() const { return last_ip < code->lines.size() ? code->lines[last_ip] : 0; }
};

// What generators, coroutines and async generators share (CPython's
// _PyGenObject_HEAD): the frame and where its life stands. While it runs as
// the root of a chain, `chain` is its frame then the frames it delegates to
// (`yield from`, `await`); when it is delegated to, its frame runs in the
// delegating root's chain instead.
struct GenState {
  enum Flavor : uint8_t { Generator, Coroutine, AsyncGenerator };
  Ref<Frame> frame;
  std::vector<Ref<Frame>> chain;
  Flavor flavor;
  bool started = false, finished = false, running = false;
  // __name__ / __qualname__: the function's when it was called (so a
  // functools.wraps wrapper's coroutine is named after the wrapped one, as
  // CPython names a coroutine from its function, not its code). Shared, not
  // copied: making a coroutine allocates no strings.
  Ref<Str> name_, qualname_;
  GenState(Ref<Frame> f, Flavor fl);
  const std::string& name() const { return name_ ? name_->s : frame->code->name; }
  const std::string& qualname() const { return qualname_ ? qualname_->s : frame->code->qualname; }
  const char* noun() const {
    return flavor == Generator ? "generator" : flavor == Coroutine ? "coroutine" : "async generator";
  }
};

// A Python coroutine object (what calling an `async def` returns). When
// driven by a Task it runs a chain of frames: its own, then the frames of the
// coroutines it awaits, innermost last.
struct PyCoro : ts::Coroutine, GenState {
  static constexpr uint32_t K = uint32_t(Kind::Coroutine);
  VM* vm;
  explicit PyCoro(VM* v, Ref<Frame> f);
  Step resume(Resume how, Value v) override;
  std::string name() const override;
  std::string where() const override;
  const char* type_name() const override { return "coroutine"; }
};

// A generator object (calling a function containing `yield`, or a generator
// expression). Its Iterator::send is the generator protocol itself.
struct PyGen : Iterator, GenState {
  TS_KIND(Generator);
  VM* vm;
  PyGen(VM* v, Ref<Frame> f) : GenState(std::move(f), Generator), vm(v) {}
  // Freed while suspended where a finally or except could run: a new
  // generator object takes the frame over and goes to vm.to_close.
  ~PyGen() override;
  int next(VM& vm, Value& out) override;
  int send(VM& vm, Resume how, Value v, Value& out) override;
  const char* type_name() const override { return "generator"; }
};

// An async generator object (`async def` containing `yield`): asend(),
// athrow() and __anext__ make the awaitables that run it (PyAsyncGenOp).
// Its frame is always the root of its own chain: a `yield` there returns
// from the run with the frame at_yield, an `await` suspends it.
struct PyAsyncGen : Obj, GenState {
  TS_KIND(AsyncGenerator);
  bool closed = false;         // aclose() began, or it ended
  bool running_async = false;  // an asend/athrow is under way
  bool hooked = false;         // in vm.asyncgens
  Loop* hook_loop = nullptr;   // the loop it was first iterated on (its firstiter hook)
  VM* vm;
  PyAsyncGen(VM* v, Ref<Frame> f) : GenState(std::move(f), AsyncGenerator), vm(v) {}
  // Freed while hooked and suspended: a new async generator object takes
  // the frame over, and a task closes it (asyncio's finalizer hook).
  ~PyAsyncGen() override;
  const char* type_name() const override { return "async_generator"; }
};

// The awaitable of one asend()/athrow()/aclose() (CPython's
// async_generator_asend / async_generator_athrow): awaiting it runs the
// async generator until its next `yield` (the await's value) or its end.
// A Coroutine, so `await` and the tasks drive it as any native one.
struct PyAsyncGenOp : ts::Coroutine {
  static constexpr uint32_t K = uint32_t(Kind::AsyncGenOp);
  enum What : uint8_t { Send, Throw, Close } what;
  enum State : uint8_t { Init, Iter, Closed } state = Init;
  VM* vm;
  Ref<PyAsyncGen> gen;
  Value arg;  // the value to send, or the exception to throw
  PyAsyncGenOp(VM* v, Ref<PyAsyncGen> g, What w, Value a);
  Step resume(Resume how, Value v) override;
  std::string name() const override;
  const char* type_name() const override { return what == Send ? "async_generator_asend" : "async_generator_athrow"; }

 private:
  Step unwrap(Step s);
};

// A frame left its chain (returned or raised): when it was a delegated
// generator's or an awaited coroutine's, that object is done.
inline void finish_awaited(Frame& done) {
  if (done.mode != Frame::Call && done.owner) {
    done.owner->finished = true;
    done.owner->running = false;
  }
}

}  // namespace ts::vm
