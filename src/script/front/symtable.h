// Scope analysis: which names are locals, cells, free variables or globals
// in each function, class and comprehension body (Python's symtable rules).
#pragma once
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "script/front/ast.h"

namespace ts::vm {

enum class NameKind : uint8_t { Local, Cell, Free, GlobalExplicit, GlobalImplicit, ClassLocal };

struct Scope {
  enum Type : uint8_t { Module, Function, Class } type = Module;
  std::string name;
  Scope* parent = nullptr;
  bool is_async = false;
  bool has_await = false;  // contains `await` (makes a comprehension asynchronous)
  bool is_generator = false;  // contains `yield` (or is a generator expression)
  const char* comprehension = nullptr;  // "list comprehension", ...: a comprehension's scope
  std::set<std::string> assigned, used, globals, nonlocals, params;
  std::set<std::string> cells, frees;
  std::map<std::string, NameKind> kinds;
  std::vector<Scope*> children;
  ast::Pos pos;
  // The module scope only: the names bound by nothing but `import M` (one M
  // each), so `name.X` is an attribute of that module wherever it is read
  // as a global (the compiler rejects names Turnstile's M lacks up front).
  std::map<std::string, std::string> module_names;
  NameKind kind_of(const std::string& n) const;
};

struct SymError {
  ast::Pos pos;
  std::string message;
};

class SymbolTable {
 public:
  // Builds the scope tree. Returns false with err set on a scoping error.
  bool build(const ast::Module& mod, SymError& err);
  Scope* module() { return root_; }
  // The scope created for a def/class statement, lambda or comprehension.
  Scope* scope_for(const void* node) const;

 private:
  std::vector<std::unique_ptr<Scope>> all_;
  std::set<std::string> rebound_;  // module-level names bound otherwise than by one import
  std::map<const void*, Scope*> by_node_;
  Scope* root_ = nullptr;
  Scope* cur_ = nullptr;
  bool failed_ = false;
  SymError* err_ = nullptr;

  Scope* push(Scope::Type t, const std::string& name, const void* node, ast::Pos pos);
  void pop();
  void fail(ast::Pos p, const std::string& m);
  void assign(const std::string& n, ast::Pos p);
  void bind_import(const std::string& n, const std::string& module, ast::Pos p);
  void visit_body(const ast::Body& b);
  void visit_stmt(const ast::Stmt& s);
  void visit_expr(const ast::Expr* e);
  void visit_target(const ast::Expr* e);
  void visit_args(const ast::Arguments& a);
  void visit_defaults(const ast::Arguments& a);
  void visit_comprehension(const ast::Expr& e);
  void resolve(Scope* s);
};

}  // namespace ts::vm
