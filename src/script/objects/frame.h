// The heap frames that run code objects, and Python coroutine objects
// (CPython's Objects/frameobject.c, genobject.c). Frames live on the heap so
// a coroutine's chain of frames can suspend at `await` and resume later. The
// interpreter (ts_vm) runs a chain of them, innermost last, and defines
// PyCoro's methods; this layer reads them (super(), reprs, the current line).
#pragma once
#include <string>
#include <vector>

#include "core/coro.h"
#include "script/objects/code.h"

namespace ts::vm {

// A handler block pushed by SETUP_FINALLY.
struct Block {
  uint32_t handler;
  uint32_t depth;  // the stack depth to unwind to before jumping to handler
};

struct PyCoro;

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
  // How the caller receives our result.
  enum Mode : uint8_t { Call, Await } mode = Call;
  // Suspension state of the innermost frame of a coroutine chain.
  Ref<ts::Coroutine> delegate;    // a native coroutine we are awaiting
  Value awaiting;                 // a pending future we are awaiting
  PyCoro* coro = nullptr;         // the coroutine object owning this frame, if any

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

// A Python coroutine object (what calling an `async def` returns). When
// driven by a Task it runs a chain of frames: its own, then the frames of the
// coroutines it awaits, innermost last.
struct PyCoro : ts::Coroutine {
  static constexpr uint32_t K = uint32_t(Kind::Coroutine);
  VM* vm;
  Ref<Frame> frame;
  std::vector<Ref<Frame>> chain;  // only used while this coroutine is the root
  bool started = false, finished = false, running = false;
  explicit PyCoro(VM* v, Ref<Frame> f);
  Step resume(Resume how, Value v) override;
  std::string name() const override;
  std::string where() const override;
  const char* type_name() const override { return "coroutine"; }
};

// A frame left its chain (returned or raised): when it was an awaited
// coroutine's, that coroutine is done.
inline void finish_awaited(Frame& done) {
  if (done.mode == Frame::Await && done.coro) {
    done.coro->finished = true;
    done.coro->running = false;
  }
}

}  // namespace ts::vm
