// Compiled code objects (CPython's Objects/codeobject.c): what the compiler
// produces and frames run (frame.h).
#pragma once
#include <string>
#include <vector>

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
constexpr uint32_t CO_GENERATOR = 32;    // contains `yield`: calling it makes a generator (with CO_COROUTINE: an async generator)
constexpr uint32_t CO_ITERABLE_COROUTINE = 256;  // types.coroutine: its generators can be awaited and yield from coroutines

// Where the expression of an instruction ends and its anchor (a BinOp's
// operator, a Subscript's '['; col 0: none), for tracebacks' ~~^^ markers.
struct Extent {
  uint32_t ip;
  int32_t end_line, end_col, anchor_col;
};

struct Code : Obj {
  TS_KIND(Code);
  std::string name, qualname, filename;
  std::vector<Instr> code;
  std::vector<int32_t> lines, cols;   // per instruction
  std::vector<Extent> extents;        // by ip, for the instructions whose expression's end is known
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
  Value doc;  // the docstring (a str), else None: what MAKE_FUNCTION gives the function's __doc__
  // The deepest its stack gets (from the opcodes' stack effects): a frame
  // reserves that much.
  uint32_t max_stack = 0;
  // Frames whose stack outgrew max_stack (counted as they return or raise):
  // a wrong stack effect; unit tests check it stays 0.
  uint32_t stack_overflows = 0;
  // LOAD_GLOBAL's inline cache, one per name (the interpreter sizes it on
  // first use): where names[i] was found, valid while the globals dict (and,
  // for a builtin, the builtins dict) still has the version it had then.
  struct GlobalCache {
    uint64_t globals_version = 0, builtins_version = 0;  // 0: empty (no dict has version 0)
    uint32_t index = 0;                                  // the entry in that dict
    bool builtin = false;
  };
  std::vector<GlobalCache> global_cache;
  const char* type_name() const override { return "code"; }
};

}  // namespace ts::vm
