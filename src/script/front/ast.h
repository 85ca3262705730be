// Abstract syntax tree of the scenario language (a subset of Python 3.11).
// Fat nodes: one struct for expressions, one for statements; each kind uses
// the fields its comment names. Positions are 1-based line, 1-based column.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "script/code/operators.h"

namespace ts::ast {

struct Pos {
  int line = 0;
  int col = 0;
};

struct Expr;
struct Stmt;
using ExprP = std::unique_ptr<Expr>;
using StmtP = std::unique_ptr<Stmt>;
using Body = std::vector<StmtP>;

using code::BinOp;
using code::CmpOp;
using code::UnaryOp;
enum class Ctx : uint8_t { Load, Store, Del };

enum class EK : uint8_t {
  Name,          // s = identifier; ctx
  Int,           // i
  Float,         // f
  Str,           // s (already unescaped)
  Bytes,         // s (raw bytes) -- parsed, rejected by the compiler
  True, False, None, Ellipsis,
  JoinedStr,     // f-string: elts = parts (Str or FormattedValue)
  FormattedValue,// a = value; conv = 0/'r'/'s'/'a'; b = format spec (JoinedStr) or null
  BinOp,         // a op b; binop
  UnaryOp,       // a; unop
  BoolOp,        // elts (>= 2); is_and
  Compare,       // a = left; cmps[i] applied to elts[i]
  Call,          // a = callee; elts = positional args (Starred for *x); keywords (name "" = **x)
  Attribute,     // a = object; s = attribute; ctx
  Subscript,     // a = object; b = index (may be Slice or Tuple); ctx
  Slice,         // a = lower, b = upper, c = step (each may be null)
  List,          // elts; ctx
  Tuple,         // elts; ctx
  Set,           // elts
  Dict,          // keys (null key = **mapping) / elts as values
  ListComp,      // a = element; gens
  SetComp,       // a = element; gens
  DictComp,      // a = key, b = value; gens
  GeneratorExp,  // a = element; gens
  Lambda,        // args; a = body expression
  IfExp,         // a = test, b = body, c = orelse
  Await,         // a
  Yield,         // a (may be null) -- parsed, rejected by the compiler
  YieldFrom,     // a -- parsed, rejected by the compiler
  Starred,       // a; ctx
  NamedExpr,     // a = target, b = value -- parsed, rejected by the compiler
};

struct Keyword {
  Pos pos;
  std::string name;  // empty for **expr
  ExprP value;
};

struct Comprehension {
  ExprP target;
  ExprP iter;
  std::vector<ExprP> ifs;
  bool is_async = false;
};

struct Arg {
  Pos pos;
  std::string name;
  ExprP annotation;  // ignored
  ExprP default_;    // may be null
};

struct Arguments {
  std::vector<Arg> posonly;  // before '/'
  std::vector<Arg> args;     // regular positional-or-keyword
  std::string vararg;        // *name ("" if none)
  bool has_vararg = false;
  std::vector<Arg> kwonly;   // after * or *args
  std::string kwarg;         // **name ("" if none)
  bool has_kwarg = false;
};

struct Expr {
  EK kind;
  Pos pos;
  // Where it ends (one past its last character) and, for a BinOp its
  // operator, for a Subscript its '[': what a traceback's ~~^^ markers
  // need. Set for the kinds a traceback points into (BinOp, Subscript,
  // Call, Attribute, Compare, Await); line 0 for the others.
  Pos end, anchor;
  Ctx ctx = Ctx::Load;
  std::string s;
  int64_t i = 0;
  double f = 0.0;
  BinOp binop = BinOp::Add;
  UnaryOp unop = UnaryOp::Neg;
  bool is_and = false;
  char conv = 0;
  ExprP a, b, c;
  std::vector<ExprP> elts;
  std::vector<ExprP> keys;
  std::vector<CmpOp> cmps;
  std::vector<Keyword> keywords;
  std::vector<Comprehension> gens;
  std::unique_ptr<Arguments> args;
  Expr(EK k, Pos p) : kind(k), pos(p) {}
  // Frees a deep tree (a + b + ... 100,000 long) without recursing once per
  // level on the C stack (parser.cpp: children deeper than a few dozen
  // levels are queued and freed by the outermost destructor).
  ~Expr();
};

enum class SK : uint8_t {
  Expr,         // value
  Assign,       // targets (a = b = value); value
  AugAssign,    // target; binop; value
  AnnAssign,    // target; annotation (ignored); value (may be null)
  FunctionDef,  // name; args; body; decorators; is_async; returns (ignored)
  ClassDef,     // name; bases (elts); keywords; body; decorators
  Return,       // value (may be null)
  Delete,       // targets
  If,           // test; body; orelse
  For,          // target; iter; body; orelse; is_async
  While,        // test; body; orelse
  Break, Continue, Pass,
  Try,          // body; handlers; orelse; finalbody; is_star (try/except*)
  Raise,        // value = exc (may be null); cause (may be null)
  With,         // items; body; is_async
  Global,       // names
  Nonlocal,     // names
  Import,       // aliases (name = dotted module, asname)
  ImportFrom,   // module; aliases (name, asname); level
  Assert,       // test; msg (may be null)
};

struct Alias {
  Pos pos;
  std::string name;
  std::string asname;  // empty if none
};

struct WithItem {
  ExprP context;
  ExprP target;  // may be null
};

struct Handler {
  Pos pos;
  ExprP type;        // may be null (bare except)
  std::string name;  // "as name", empty if none
  Body body;
};

struct Stmt {
  SK kind;
  Pos pos;
  std::string name;      // FunctionDef/ClassDef name; ImportFrom module
  std::vector<std::string> names;  // Global/Nonlocal
  ExprP value, target, test, iter, annotation, cause, msg, returns;
  std::vector<ExprP> targets;
  std::vector<ExprP> bases;
  std::vector<Keyword> keywords;
  std::vector<ExprP> decorators;
  std::unique_ptr<Arguments> args;
  BinOp binop = BinOp::Add;
  bool is_async = false;
  bool is_star = false;  // Try: its handlers are except* clauses
  int level = 0;
  Body body, orelse, finalbody;
  std::vector<Handler> handlers;
  std::vector<WithItem> items;
  std::vector<Alias> aliases;
  Stmt(SK k, Pos p) : kind(k), pos(p) {}
  ~Stmt();  // as ~Expr (an elif chain nests each If in the last one's orelse)
};

struct Module {
  Body body;
};

// A syntax or subset error with its position and message, e.g.
// {3, 5, "'match' statements are not supported in Turnstile scenarios"}.
struct SyntaxError {
  Pos pos;
  std::string message;
};

}  // namespace ts::ast
