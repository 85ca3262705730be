// Recursive-descent parser for the scenario language (a subset of Python 3.11)
// producing the AST of script/ast.h. Never throws, never crashes; nesting is
// capped where CPython 3.11 caps it, with its errors (kParserMemoryError,
// kCompileRecursionError: exceptions, not syntax errors). Errors carry 1-based line and column
// (columns in code points) and CPython 3.11's wording where CPython has one;
// constructs outside the subset are rejected with a message naming them
// ("'match' statements are not supported in Turnstile scenarios").
//
// Node positions follow CPython's ast (lineno, col_offset + 1, counted in code
// points): a BinOp/Call/Attribute/Subscript/Compare/BoolOp/IfExp starts at its
// first operand; a parenthesized tuple or generator at '('; a decorated def at
// 'def'; parts of an f-string (Str, FormattedValue) at the start of the whole
// string literal, their nested expressions at their real place.
#pragma once
#include <string>
#include <string_view>

#include "script/front/ast.h"

namespace ts {

// The messages of the two nesting limits, which CPython raises as ordinary
// exceptions from compile() (exit 1, not a SyntaxError's 2): its parser's
// stack (6,000 levels) and its compiler's recursion (3,000 levels).
inline constexpr const char* kParserMemoryError = "MemoryError";
inline constexpr const char* kCompileRecursionError =
    "RecursionError: maximum recursion depth exceeded during compilation";
// Whether a parse or compile error message is one of those.
inline bool is_compile_exception(const std::string& message) {
  return message == kParserMemoryError || message == kCompileRecursionError;
}

// Parses a whole module. On failure returns false and fills `err`; `out` is
// then unspecified.
bool parse(std::string_view source, ast::Module& out, ast::SyntaxError& err);

// Canonical one-line-per-statement dump of a module (used by the tests to
// compare with CPython's ast through tests/tools/astdump.py).
std::string dump_ast(const ast::Module& m);

}  // namespace ts
