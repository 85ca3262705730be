// The compiler's internals (compile/ only): one Compiler per module, with a
// Unit per code object it is building. Its methods are split by what they
// compile: compiler.cpp (units, names, constants, emission), statements.cpp,
// expressions.cpp.
#pragma once
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "script/compile/compiler.h"
#include "script/front/symtable.h"

namespace ts::vm::codegen {

using namespace ts::ast;

// What a break/continue/return must unwind on its way out.
struct FBlock {
  enum Type { Loop, TryExcept, TryFinally, FinallyEnd, Handler, HandlerCleanup, StarHandler, With, AsyncWith } type;
  int continue_target = -1;
  std::vector<int> breaks;          // jumps to patch to the loop's end
  const Body* finalbody = nullptr;  // TryFinally: the finally body to inline
  bool has_name = false;            // HandlerCleanup: `except E as name`
  bool is_for = false;              // Loop: a for loop (its iterator is on the stack)
  std::string name;
};

struct Unit {
  Ref<Code> code;
  Scope* scope = nullptr;
  std::vector<FBlock> fblocks;
  std::map<std::string, int> varmap, cellmap, namemap, constmap;
  Pos pos;
  // The expression being compiled: an instruction emitted at its start
  // position records its extent (Code::extents) for tracebacks.
  const ast::Expr* ext = nullptr;
};

class Compiler {
 public:
  Compiler(SymbolTable& st, CompileError& err, const std::string& filename, const Importable& modules)
      : st_(st), err_(err), filename_(filename), modules_(modules) {}

  Ref<Code> module(const ast::Module& m);

 private:
  SymbolTable& st_;
  CompileError& err_;
  std::string filename_;
  const Importable& modules_;
  // False (with the error set) when `import name` names no module.
  bool check_module(Pos p, const std::string& name);
  // `M.X` read where M is a module-level name bound only by `import M`: X
  // must not be a CPython name Turnstile's M lacks.
  bool check_module_attr(const Expr& attribute);
  bool check_from_import(Pos p, const std::string& module, const std::string& name);
  std::vector<std::unique_ptr<Unit>> units_;
  Unit* u_ = nullptr;
  bool failed_ = false;
  std::vector<std::string> qual_;  // qualname stack
  // One Str per distinct name across the module's code objects (CPython
  // interns identifiers): a global stored by the module body and loaded in a
  // function, or an attribute set in __init__ and read in a method, is the
  // same key object, so dict probes match by identity before comparing text.
  std::map<std::string, Ref<Str>> interned_;

  // ---- errors ----
  void fail(Pos p, const std::string& m);
  void unsupported(Pos p, const std::string& what);
  // CPython's CO_MAXBLOCKS: 20 loops, try and with blocks nested in one scope.
  void check_blocks(Pos p) {
    if (u_->fblocks.size() > 20) fail(p, "too many statically nested blocks");
  }

  // ---- units ----
  void enter(Scope* s, const std::string& name, const std::string& qualname, uint32_t flags, Pos pos);
  void finish_cells();
  Ref<Code> leave();

  // ---- emission ----
  int emit(Op op, uint32_t arg = 0);
  int here() const { return (int)u_->code->code.size(); }
  // The head of a for loop or comprehension over the iterator on the stack:
  // FOR_ITER, or for `async for` an awaited __anext__ whose
  // StopAsyncIteration ends the loop (END_ASYNC_FOR). Returns the jump to patch.
  int emit_next_item(bool is_async);
  void patch(int at, int target) { u_->code->code[at].arg = (uint32_t)target; }
  void patch_here(int at) { patch(at, here()); }
  int const_index(const Value& v, const std::string& key);
  void load_const(const Value& v);
  void load_str(const std::string& s) { load_const(mkstr(s)); }
  int name_index(const std::string& n);
  int var_index(const std::string& n);

  // ---- names ----
  enum class Access { Load, Store, Del };
  void name_op(const std::string& n, Access acc, Pos p);

  // ---- statements ----
  void body(const Body& b);
  void stmt(const Stmt& s);
  void aug_assign(const Stmt& s);
  void store(const Expr& t);
  void del(const Expr& t);
  static std::string describe(const Expr& e);
  // Builds a function object from a def or lambda: defaults, kwdefaults,
  // closure, then MAKE_FUNCTION.
  void make_function(Scope* sc, Ref<Code> code, const Arguments& args);
  void setup_params(const Arguments& args);
  std::string qualname(const std::string& name);
  void function_def(const Stmt& s);
  void class_def(const Stmt& s);
  void if_stmt(const Stmt& s);
  void while_stmt(const Stmt& s);
  void for_stmt(const Stmt& s);
  // Emits the code that leaves fblock `fb` early (return, break, continue).
  // `preserve_tos`: a return value sits on top of the stack.
  void unwind_one(FBlock& fb, bool preserve_tos);
  void unwind_all(bool preserve_tos);
  void break_continue(const Stmt& s, bool is_break);
  void try_except(const Stmt& s);
  // try/except* (PEP 654): each clause takes its part of the group.
  void try_star(const Stmt& s);
  // False (with the error set) when a break/continue/return at `p` would
  // leave an except* block: fblocks from index `from` up are left.
  bool check_star_exit(size_t from, Pos p);
  void try_finally(const Stmt& s);
  void with_stmt(const Stmt& s, size_t item);
  bool in_async() const;

  // ---- expressions ----
  void subscript_index(const Expr& t);
  void slice(const Expr& s);
  bool has_starred(const std::vector<ExprP>& v);
  // Builds a list (or tuple when as_tuple) from elements that may be starred.
  void starred_sequence(const std::vector<ExprP>& elts, bool as_tuple);
  void expr(const Expr& e);
  void call(const Expr& e);
  void comprehension(const Expr& e);
  void comp_gen(const Expr& e, size_t i);
};

}  // namespace ts::vm::codegen
