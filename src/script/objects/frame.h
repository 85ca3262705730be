// The heap frames that run code objects, and the objects that own a frame
// which suspends: generators, coroutines and async generators (CPython's
// Objects/frameobject.c, genobject.c). Frames live on the heap so a chain of
// them can suspend at a `yield` or an `await` and resume later. The
// interpreter (ts_vm) runs a chain, innermost last, and defines their
// resumption; this layer reads them (super(), reprs, the current line).
#pragma once
#include <new>
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

// The operand stack: a raw buffer sized to Code::max_stack inside the
// frame's own allocation (so pushes are a store and an increment). Should a
// wrong stack effect under-size it, it moves to the heap and the frame
// counts it (Frame::note_exit).
class Stack {
 public:
  Stack(Value* buf, uint32_t cap) : base_(buf), sp_(buf), end_(buf + cap) {}
  Stack(const Stack&) = delete;
  Stack& operator=(const Stack&) = delete;
  ~Stack() {
    clear();
    if (heap_) ::operator delete(base_);
  }
  void push_back(const Value& v) {
    if (__builtin_expect(sp_ == end_, 0)) grow();
    new (sp_++) Value(v);
  }
  void push_back(Value&& v) {
    if (__builtin_expect(sp_ == end_, 0)) grow();
    new (sp_++) Value(std::move(v));
  }
  void pop_back() { (--sp_)->~Value(); }
  Value& back() { return sp_[-1]; }
  const Value& back() const { return sp_[-1]; }
  Value& operator[](size_t i) { return base_[i]; }
  size_t size() const { return size_t(sp_ - base_); }
  bool empty() const { return sp_ == base_; }
  size_t capacity() const { return size_t(end_ - base_); }
  Value* data() { return base_; }
  Value* begin() { return base_; }
  Value* end() { return sp_; }
  void resize(size_t n) {
    while (size() > n) pop_back();
    while (size() < n) push_back(Value());
  }
  void clear() { resize(0); }

 private:
  void grow();  // object.cpp
  Value* base_;
  Value* sp_;
  Value* end_;
  bool heap_ = false;
};

// The fast locals: a fixed array (varnames) inside the frame's allocation.
class Locals {
 public:
  Locals(Value* p, uint32_t n) : p_(p), n_(n) {
    for (uint32_t i = 0; i < n; i++) new (p + i) Value(Value::unset());
  }
  Locals(const Locals&) = delete;
  Locals& operator=(const Locals&) = delete;
  ~Locals() {
    for (uint32_t i = 0; i < n_; i++) p_[i].~Value();
  }
  Value& operator[](size_t i) { return p_[i]; }
  const Value& operator[](size_t i) const { return p_[i]; }
  size_t size() const { return n_; }
  Value* begin() { return p_; }
  Value* end() { return p_ + n_; }

 private:
  Value* p_;
  uint32_t n_;
};

// One allocation per frame (from the pool): the Frame, then its locals, then
// its stack. Make one with Frame::make.
struct Frame : Obj {
  TS_KIND(Frame);
  Ref<Code> code;
  Ref<Function> func;
  Ref<Dict> globals;
  Ref<Dict> locals_dict;          // module and class bodies
  Locals locals;                  // fast locals (varnames); Value::unset() until bound
  std::vector<Ref<Cell>> cells;   // cellvars then freevars
  Stack stack;                    // sized to code->max_stack
  std::vector<Block> blocks;
  std::vector<Value> exc_info;    // exceptions being handled (innermost last)
  uint32_t ip = 0;                // the next instruction (the one executing is ip - 1)
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

  static Ref<Frame> make(Ref<Code> c, Ref<Dict> g);  // object.cpp
  static void* operator new(std::size_t) = delete;
  static void operator delete(void* p) noexcept;
  // As the frame returns or raises: a stack that outgrew max_stack counts.
  // (Not in the destructor: it would cost stack in the recursive frees of
  // long chains of frames.)
  void note_exit() {
    if (stack.capacity() > code->max_stack) code->stack_overflows++;
  }
  const char* type_name() const override { return "frame"; }
  // The instruction executing (in a caller: its call; before the first: the first).
  uint32_t last_ip() const { return ip ? ip - 1 : 0; }
  int line() const { return last_ip() < code->lines.size() ? code->lines[last_ip()] : 0; }

 private:
  Frame(Ref<Code> c, Ref<Dict> g, Value* slots)
      : code(std::move(c)), globals(std::move(g)), locals(slots, uint32_t(code->varnames.size())),
        stack(slots + code->varnames.size(), code->max_stack) {}
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
