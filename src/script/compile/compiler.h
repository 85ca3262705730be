// AST -> bytecode. Scope analysis (locals, cells, free and global names) and
// code generation with CPython's compile strategy for try/finally/with.
#pragma once
#include <string>

#include "script/front/ast.h"
#include "script/objects/code.h"

namespace ts::vm {

struct CompileError {
  ast::Pos pos;
  std::string message;
};

// Modules a scenario may import.
bool is_supported_module(const std::string& name);

// Returns null and fills err when the program uses something outside the
// subset (with the construct named) or is otherwise invalid.
Ref<Code> compile_module(const ast::Module& mod, const std::string& filename, CompileError& err);

// Human-readable listing of a code object and its nested code (for tests and --dis).
std::string disassemble(const Code& code);

}  // namespace ts::vm
