// Tokenizer for the scenario language, following CPython 3.11's rules:
// INDENT/DEDENT from an indentation stack (tabs to multiples of 8, checked
// against tab size 1 for consistency), implicit line joining inside brackets,
// backslash continuation, comments, NEWLINE at EOF, string literals with
// prefixes (decoded here, except f-strings whose body the parser splits),
// numbers (int64 or double), operators and names (keywords are Names).
// Positions are 1-based line and 1-based column counted in code points.
// The lexer never throws; the first error ends the stream with an Error token.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "script/front/ast.h"

namespace ts::lex {

enum class T : uint8_t { Name, Int, Float, String, Newline, Indent, Dedent, Op, End, Error };

struct Token {
  T kind = T::End;
  ast::Pos pos;            // start
  ast::Pos end;            // one past the last character
  uint32_t begin = 0;      // byte offsets into the (normalized) source
  uint32_t stop = 0;
  std::string_view text;   // raw text (operators: the operator)
  int level = 0;            // bracket nesting level (CPython's tok->level)
  int64_t ival = 0;
  bool big = false;        // Int that does not fit int64: only `text` is meaningful
  double fval = 0.0;
  // String tokens.
  bool is_bytes = false;
  bool is_f = false;
  bool is_raw = false;
  uint32_t body_begin = 0;  // offsets of the body between the quotes
  uint32_t body_end = 0;
  ast::Pos body_pos;        // position of the first body character
  std::string sval;         // decoded value (not for f-strings)
  // Error tokens: message; pos = error position. For an unclosed bracket at
  // EOF, bracket_line is the bracket's line (else 0).
  std::string error;
  int bracket_line = 0;
  bool overrides = true;  // replaces an earlier parser error (CPython's full-source tokenize check)
};

// Source text with CRLF / CR turned into LF and a UTF-8 BOM removed. The
// parser keeps it alive while tokens point into it.
std::string normalize_source(std::string_view src);
// normalize_source after a PEP 263 coding line: latin-1 is re-encoded as
// UTF-8; an unknown codec fails with CPython's "unknown encoding: NAME".
bool decode_source(std::string_view src, std::string& out, std::string& err);

// Column (1-based, in code points) of byte offset `off` on a line starting at
// byte offset `line_start`.
int column_of(std::string_view src, uint32_t line_start, uint32_t off);

struct LexOptions {
  uint32_t begin = 0;        // byte range of the source to tokenize
  uint32_t end = UINT32_MAX;
  ast::Pos start{1, 1};      // position of `begin`
  bool in_brackets = false;  // f-string expression: no NEWLINE/INDENT, no End NEWLINE
};

// Tokenizes `src` (already normalized). The result always ends with End or
// Error.
std::vector<Token> tokenize(std::string_view src, const LexOptions& opt = {});

// Decodes the escapes of a string literal body (non-raw). On error returns
// false with `err` set (CPython wording).
bool decode_escapes(std::string_view body, bool is_bytes, std::string& out, std::string& err);

bool is_keyword(std::string_view s);

}  // namespace ts::lex
