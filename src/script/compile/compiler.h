// AST -> bytecode. Scope analysis (locals, cells, free and global names) and
// code generation with CPython's compile strategy for try/finally/with; each
// code object's max_stack follows from the opcodes' stack effects. Needs only
// the front end, the objects layer and code/.
#pragma once
#include <string>

#include "script/front/ast.h"
#include "script/objects/code.h"

namespace ts::vm {

struct CompileError {
  ast::Pos pos;
  std::string message;
};

// The modules `import` may name (the caller knows them: modules/modules.h),
// so a missing one is an error with its position, and the list it shows.
struct Importable {
  bool (*available)(const std::string& name);
  std::string (*listing)();
  // Whether CPython's `module` has the public `name` that Turnstile's lacks
  // (refused up front: "asyncio.X is not supported in Turnstile scenarios").
  bool (*lacks)(const std::string& module, const std::string& name) = nullptr;
};

// Returns null and fills err when the program uses something outside the
// subset (with the construct named) or is otherwise invalid.
Ref<Code> compile_module(const ast::Module& mod, const std::string& filename, const Importable& modules,
                         CompileError& err);

}  // namespace ts::vm
