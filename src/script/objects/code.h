// Compiled code objects, the heap frames that run them and coroutine
// objects (CPython's Objects/codeobject.c, frameobject.c, genobject.c).
// Frames live on the heap so a coroutine's chain of frames can suspend at
// `await` and resume. The interpreter (ts_vm) runs them and defines
// PyCoro's methods.
#pragma once
#include <string>
#include <vector>

#include "core/coro.h"
#include "script/objects/objects.h"
#include "script/code/opcodes.h"

namespace ts::vm {

struct Instr {
  Op op;
  uint32_t arg;
};

// Code::flags bits.
constexpr uint32_t CO_VARARGS = 1;
constexpr uint32_t CO_VARKEYWORDS = 2;
constexpr uint32_t CO_COROUTINE = 4;     // async def: calling it makes a coroutine object
constexpr uint32_t CO_CLASS_BODY = 8;    // runs with a locals dict (LOAD_NAME/STORE_NAME)
constexpr uint32_t CO_MODULE = 16;
constexpr uint32_t CO_NESTED = 32;

struct Code : Obj {
  TS_KIND(Code);
  std::string name, qualname, filename;
  std::vector<Instr> code;
  std::vector<int32_t> lines, cols;   // per instruction
  std::vector<Value> consts;
  std::vector<Ref<Str>> names;        // attribute / global names
  std::vector<std::string> varnames;  // fast locals: parameters first
  std::vector<std::string> cellvars;  // locals captured by inner functions
  std::vector<std::string> freevars;  // captured from outer functions
  std::vector<int> cell_param;        // for each cellvar: parameter index it starts as, or -1
  int argcount = 0;                   // positional params (incl. posonly)
  int posonlycount = 0;
  int kwonlycount = 0;
  uint32_t flags = 0;
  int firstline = 0;
  const char* type_name() const override { return "code"; }
};

// A handler block pushed by SETUP_FINALLY.
struct Block {
  uint32_t handler;
  uint32_t depth;
};

struct PyCoro;

struct Frame : Obj {
  TS_KIND(Frame);
  Ref<Code> code;
  Ref<Function> func;
  Ref<Dict> globals;
  Ref<Dict> locals_dict;          // module and class bodies
  std::vector<Value> locals;      // fast locals (varnames)
  std::vector<Ref<Cell>> cells;   // cellvars then freevars
  std::vector<Value> stack;
  std::vector<Block> blocks;
  std::vector<Value> exc_info;    // exceptions being handled (innermost last)
  uint32_t ip = 0;
  uint32_t last_ip = 0;           // instruction being executed (for line numbers)
  // How the caller receives our result.
  enum Mode : uint8_t { Call, Await, Init } mode = Call;
  // Suspension state of the innermost frame of a coroutine chain.
  Ref<ts::Coroutine> delegate;    // a native coroutine we are awaiting
  Value awaiting;                 // a pending future we are awaiting
  PyCoro* coro = nullptr;         // the coroutine object owning this frame, if any
  const char* type_name() const override { return "frame"; }
  int line() const { return code && last_ip < code->lines.size() ? code->lines[last_ip] : 0; }
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

}  // namespace ts::vm
