#include "script/front/lexer.h"

#include "script/pylib/unicode.h"
#include "script/pylib/utf8.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace ts::lex {

namespace {

const char* const kKeywords[] = {
    "False", "None",   "True",    "and",      "as",     "assert", "async", "await",
    "break", "class",  "continue", "def",     "del",    "elif",   "else",  "except",
    "finally", "for",  "from",    "global",   "if",     "import", "in",    "is",
    "lambda", "nonlocal", "not",  "or",       "pass",   "raise",  "return", "try",
    "while", "with",   "yield"};

// Source text is strict UTF-8; identifiers are CPython's XID classes.
size_t utf8_decode(std::string_view s, size_t i, uint32_t& cp) { return py::utf8::decode_strict(s, i, cp); }

// CPython's strict UTF-8 decoder's complaint about s (a literal's body, or
// the text from a token's start): "(unicode error) 'utf-8' codec can't
// decode byte 0xff in position 1: invalid start byte", or "" when s decodes.
std::string utf8_error(std::string_view s) {
  auto cont = [&](size_t k, unsigned lo = 0x80, unsigned hi = 0xbf) {
    return k < s.size() && (unsigned char)s[k] >= lo && (unsigned char)s[k] <= hi;
  };
  for (size_t i = 0; i < s.size();) {
    const unsigned c = (unsigned char)s[i];
    if (c < 0x80) { ++i; continue; }
    size_t need = 0, good = 1;  // good: bytes of a valid prefix
    const char* reason = "invalid start byte";
    if (c >= 0xc2 && c <= 0xdf) need = 2;
    else if (c >= 0xe0 && c <= 0xef) need = 3;
    else if (c >= 0xf0 && c <= 0xf4) need = 4;
    if (need) {
      const unsigned lo = c == 0xe0 ? 0xa0 : c == 0xf0 ? 0x90 : 0x80;
      const unsigned hi = c == 0xed ? 0x9f : c == 0xf4 ? 0x8f : 0xbf;
      reason = "invalid continuation byte";
      if (cont(i + 1, lo, hi)) {
        good = 2;
        while (good < need && cont(i + good)) ++good;
      }
      if (good == need) { i += need; continue; }
      if (i + good >= s.size()) reason = "unexpected end of data";
    }
    char buf[160];
    if (good == 1)
      std::snprintf(buf, sizeof buf, "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %zu: %s", c, i,
                    reason);
    else
      std::snprintf(buf, sizeof buf, "(unicode error) 'utf-8' codec can't decode bytes in position %zu-%zu: %s", i,
                    i + good - 1, reason);
    return buf;
  }
  return "";
}
bool non_printable(uint32_t cp) { return !py::unicode::is_printable(cp); }
bool id_start_cp(uint32_t cp) { return py::unicode::is_xid_start(cp); }
bool id_continue_cp(uint32_t cp) { return py::unicode::is_xid_continue(cp); }

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_xdigit(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool ascii_id_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || is_digit(c) ||
         static_cast<unsigned char>(c) >= 0x80;
}


std::string u_plus(uint32_t cp) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", cp);
  return buf;
}

const char* const kOps3[] = {"**=", "//=", ">>=", "<<=", "..."};
const char* const kOps2[] = {"!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=",
                             ":=", "<<", "<=", "==", ">=", ">>", "@=", "^=", "|="};
const char kOps1[] = "%&()*+,-./:;<=>@[]^{|}~";

class Lexer {
 public:
  Lexer(std::string_view src, const LexOptions& opt) : src_(src), opt_(opt) {
    end_ = opt.end < src.size() ? opt.end : static_cast<uint32_t>(src.size());
    i_ = opt.begin;
    line_ = opt.start.line;
    line_start_ = opt.begin;
    col_base_ = opt.start.col - 1;
    nested_ = opt.in_brackets;
  }

  std::vector<Token> run() {
    indents_.push_back({0, 0});
    while (!done_) step();
    return std::move(toks_);
  }

 private:
  struct Bracket {
    char c;
    ast::Pos pos;
  };
  struct Indent {
    int col, alt;
  };

  std::string_view src_;
  LexOptions opt_;
  uint32_t end_;
  uint32_t i_;
  int line_;
  uint32_t line_start_;
  int col_base_;  // extra columns of the first line (nested lexing)
  bool nested_;
  bool at_bol_ = true;
  bool line_has_tokens_ = false;
  bool done_ = false;
  std::vector<Indent> indents_;
  std::vector<Bracket> brackets_;
  std::vector<Token> toks_;
  uint32_t comment_start_ = UINT32_MAX;

  char at(uint32_t k) const { return k < end_ ? src_[k] : '\0'; }
  bool eof(uint32_t k) const { return k >= end_; }

  // Column cache: tokens are located left to right, so columns are counted
  // incrementally (long lines stay linear).
  mutable uint32_t cache_line_start_ = UINT32_MAX;
  mutable uint32_t cache_off_ = 0;
  mutable int cache_col_ = 1;

  ast::Pos pos_of(uint32_t off) const {
    int col;
    if (cache_line_start_ == line_start_ && off >= cache_off_) {
      col = cache_col_ + column_of(src_, cache_off_, off) - 1;
    } else {
      col = column_of(src_, line_start_, off);
    }
    cache_line_start_ = line_start_;
    cache_off_ = off;
    cache_col_ = col;
    if (line_start_ == opt_.begin) col += col_base_;
    return {line_, col};
  }

  void newline_at(uint32_t nl_off) {
    ++line_;
    line_start_ = nl_off + 1;
  }

  void error_at(ast::Pos p, std::string msg, int bracket_line = 0) {
    Token t;
    t.kind = T::Error;
    t.pos = p;
    t.end = p;
    t.begin = t.stop = i_;
    t.error = std::move(msg);
    t.bracket_line = bracket_line;
    toks_.push_back(std::move(t));
    done_ = true;
  }
  // An error CPython does not raise while merely tokenizing (indentation,
  // continuation, literal decoding, subset errors): it does not replace an
  // earlier parser error.
  void soft_error_at(ast::Pos p, std::string msg) {
    error_at(p, std::move(msg));
    toks_.back().overrides = false;
  }
  // CPython's tokenizer `syntaxerror()` reports the 0-based index of the
  // offending character as the column.
  void error_before(uint32_t off, std::string msg) {
    ast::Pos p = pos_of(off);
    if (p.col > 1) --p.col;
    error_at(p, std::move(msg));
  }

  Token& push(T kind, uint32_t b, uint32_t e) {
    Token t;
    t.kind = kind;
    t.begin = b;
    t.stop = e;
    t.pos = pos_of(b);
    t.end = pos_of(e);
    t.text = src_.substr(b, e - b);
    t.level = static_cast<int>(brackets_.size()) + (nested_ ? 1 : 0);
    if (kind == T::Newline && comment_start_ != UINT32_MAX) {
      // CPython's NEWLINE token starts at a comment before it
      t.pos = pos_of(comment_start_);
    }
    comment_start_ = UINT32_MAX;
    toks_.push_back(std::move(t));
    if (kind != T::Newline && kind != T::Indent && kind != T::Dedent) line_has_tokens_ = true;
    return toks_.back();
  }

  void finish() {
    if (!brackets_.empty()) {
      const Bracket& b = brackets_.back();
      std::string m = "'";
      m += b.c;
      m += "' was never closed";
      error_at(b.pos, m, b.pos.line);
      return;
    }
    if (!nested_) {
      if (line_has_tokens_) push(T::Newline, end_, end_);
      line_has_tokens_ = false;
    }
    // CPython places DEDENT/ENDMARKER errors at the end of the last line.
    ast::Pos endp = pos_of(end_);
    if (end_ > opt_.begin && src_[end_ - 1] == '\n' && line_ > opt_.start.line) {
      uint32_t ls = end_ - 1;
      while (ls > opt_.begin && src_[ls - 1] != '\n') --ls;
      endp = {line_ - 1, column_of(src_, ls, end_ - 1)};
      if (ls == opt_.begin) endp.col += col_base_;
    }
    if (!nested_) {
      while (indents_.size() > 1) {
        indents_.pop_back();
        push(T::Dedent, end_, end_).pos = endp;
      }
    }
    push(T::End, end_, end_).pos = endp;
    done_ = true;
  }

  // Start of a logical line: measure indentation, emit INDENT/DEDENT.
  void indentation() {
    at_bol_ = false;
    int col = 0, alt = 0;
    uint32_t k = i_;
    for (;; ++k) {
      char c = at(k);
      if (eof(k)) break;
      if (c == ' ') { ++col; ++alt; }
      else if (c == '\t') { col = (col / 8 + 1) * 8; alt += 1; }
      else if (c == '\f') { col = alt = 0; }
      else break;
    }
    i_ = k;
    char c = at(k);
    if (eof(k) || c == '#' || c == '\n') return;  // blank line: no indentation change
    if (c == '\\') return;  // continuation at line start: CPython treats it as part of the line
    const Indent& top = indents_.back();
    uint32_t indent_chars = k - line_start_;
    ast::Pos tab_pos{line_, 1};
    if (col == top.col) {
      if (alt != top.alt) { soft_error_at(tab_pos, "inconsistent use of tabs and spaces in indentation"); }
    } else if (col > top.col) {
      if (alt <= top.alt) { soft_error_at(tab_pos, "inconsistent use of tabs and spaces in indentation"); return; }
      if (indents_.size() >= 100) { soft_error_at(pos_of(k), "too many levels of indentation"); return; }
      indents_.push_back({col, alt});
      Token& t = push(T::Indent, line_start_, k);
      t.pos = {line_, static_cast<int>(indent_chars)};
    } else {
      // CPython reports a mismatch before producing any DEDENT
      size_t keep = indents_.size();
      while (keep > 1 && col < indents_[keep - 1].col) --keep;
      if (col != indents_[keep - 1].col) {
        uint32_t eol = k;
        while (!eof(eol) && at(eol) != '\n') ++eol;
        soft_error_at(pos_of(eol), "unindent does not match any outer indentation level");
        return;
      }
      while (indents_.size() > keep) {
        indents_.pop_back();
        // CPython: a DEDENT's error column is the width of the indentation
        push(T::Dedent, k, k).pos.col = indent_chars > 0 ? static_cast<int>(indent_chars) : 1;
      }
      if (alt != indents_.back().alt) { soft_error_at(tab_pos, "inconsistent use of tabs and spaces in indentation"); }
    }
  }

  void step() {
    if (at_bol_ && !nested_ && brackets_.empty()) {
      indentation();
      if (done_) return;
    }
    // skip whitespace
    while (!eof(i_) && (at(i_) == ' ' || at(i_) == '\t' || at(i_) == '\f')) ++i_;
    if (eof(i_)) { finish(); return; }
    char c = at(i_);
    uint32_t start = i_;
    if (c == '#') {
      comment_start_ = i_;
      while (!eof(i_) && at(i_) != '\n') ++i_;
      return;
    }
    if (c == '\n') {
      if (!nested_ && brackets_.empty() && line_has_tokens_) {
        push(T::Newline, i_, i_ + 1);
        line_has_tokens_ = false;
      }
      comment_start_ = UINT32_MAX;
      newline_at(i_);
      ++i_;
      if (!nested_ && brackets_.empty()) at_bol_ = true;
      return;
    }
    if (c == '\\') {
      if (eof(i_ + 1)) { soft_error_at(pos_of(i_ + 1), "unexpected EOF while parsing"); return; }
      if (at(i_ + 1) != '\n') {
        soft_error_at(pos_of(i_ + 1), "unexpected character after line continuation character");
        return;
      }
      newline_at(i_ + 1);
      i_ += 2;
      if (eof(i_) && !nested_) { soft_error_at(pos_of(i_), "unexpected EOF while parsing"); }
      return;
    }
    unsigned char uc = static_cast<unsigned char>(c);
    if (uc == 0) { error_at(pos_of(i_), "source code string cannot contain null bytes"); return; }
    uint32_t cp = uc;
    size_t n = 1;
    if (uc >= 0x80) {
      n = utf8_decode(src_, i_, cp);
      if (n == 0 || i_ + n > end_) {
        // CPython decodes the would-be identifier from here.
        size_t eol = src_.find('\n', i_);
        std::string_view rest = src_.substr(i_, (eol == std::string_view::npos ? end_ : std::min<size_t>(eol, end_)) - i_);
        std::string err = utf8_error(rest);
        error_at(pos_of(i_), err.empty() ? "invalid character in identifier" : err);
        return;
      }
    }
    if (id_start_cp(cp)) { name_or_string(); return; }
    if (is_digit(c) || (c == '.' && is_digit(at(i_ + 1)))) { number(); return; }
    if (c == '\'' || c == '"') { string(start, start, false, false, false); return; }
    // operators
    for (const char* op : kOps3) {
      if (src_.compare(i_, 3, op) == 0 && i_ + 3 <= end_) { i_ += 3; push(T::Op, start, i_); return; }
    }
    for (const char* op : kOps2) {
      if (i_ + 2 <= end_ && src_.compare(i_, 2, op) == 0) { i_ += 2; push(T::Op, start, i_); return; }
    }
    if (uc < 0x80 && c != '\0' && std::strchr(kOps1, c)) {
      if (c == '(' || c == '[' || c == '{') {
        if (brackets_.size() >= 200) { error_at(pos_of(i_), "too many nested parentheses"); return; }
        brackets_.push_back({c, pos_of(i_)});
      } else if (c == ')' || c == ']' || c == '}') {
        if (brackets_.empty()) {
          error_at(pos_of(i_), std::string("unmatched '") + c + "'");
          return;
        }
        Bracket b = brackets_.back();
        char want = b.c == '(' ? ')' : b.c == '[' ? ']' : '}';
        if (c != want) {
          std::string m = std::string("closing parenthesis '") + c + "' does not match opening parenthesis '" + b.c + "'";
          if (b.pos.line != line_) m += " on line " + std::to_string(b.pos.line);
          error_at(pos_of(i_), m);
          return;
        }
        brackets_.pop_back();
      }
      ++i_;
      push(T::Op, start, i_);
      return;
    }
    if (non_printable(cp)) {
      error_at(pos_of(i_), "invalid non-printable character " + u_plus(cp));
      return;
    }
    if (uc >= 0x80) {
      error_at(pos_of(i_), "invalid character '" + std::string(src_.substr(i_, n)) + "' (" + u_plus(cp) + ")");
      return;
    }
    soft_error_at(pos_of(i_), "invalid syntax");
  }

  void name_or_string() {
    uint32_t start = i_;
    while (!eof(i_)) {
      unsigned char c = static_cast<unsigned char>(at(i_));
      if (c < 0x80) {
        if (!ascii_id_char(static_cast<char>(c))) break;
        ++i_;
        continue;
      }
      uint32_t cp;
      size_t n = utf8_decode(src_, i_, cp);
      if (n == 0 || i_ + n > end_ || !id_continue_cp(cp)) break;
      i_ += n;
    }
    char q = at(i_);
    if ((q == '\'' || q == '"') && i_ - start <= 2) {
      bool r = false, b = false, f = false, u = false, ok = true;
      for (uint32_t k = start; k < i_; ++k) {
        char p = static_cast<char>(at(k) | 0x20);
        bool* flag = p == 'r' ? &r : p == 'b' ? &b : p == 'f' ? &f : p == 'u' ? &u : nullptr;
        if (!flag || *flag) { ok = false; break; }
        *flag = true;
      }
      if (ok && !(b && f) && !(u && (r || b || f))) {
        string(start, i_, r, b, f);
        return;
      }
    }
    push(T::Name, start, i_);
  }

  // verify_end_of_number: a number directly followed by a name character is an
  // error unless the name is one of the keywords that can follow a number.
  bool end_of_number(const char* kind) {
    char c = at(i_);
    if (eof(i_)) return true;
    auto la = [&](const char* s) { return src_.compare(i_ + 1, std::strlen(s), s) == 0; };
    bool r = false;
    if (c == 'a') r = la("nd");
    else if (c == 'e') r = la("lse");
    else if (c == 'f') r = la("or");
    else if (c == 'i') r = at(i_ + 1) == 'f' || at(i_ + 1) == 'n' || at(i_ + 1) == 's';
    else if (c == 'o') r = la("r");
    else if (c == 'n') r = la("ot");
    if (r) return true;
    bool id = ascii_id_char(c);
    if (static_cast<unsigned char>(c) >= 0x80) {
      uint32_t cp;
      id = utf8_decode(src_, i_, cp) > 0 && id_continue_cp(cp);
    }
    if (id) {
      error_before(i_, std::string("invalid ") + kind + " literal");
      return false;
    }
    return true;
  }

  // Consumes digits with single underscores between them. False on error.
  bool decimal_tail() {
    for (;;) {
      while (is_digit(at(i_))) ++i_;
      if (at(i_) != '_') return true;
      ++i_;
      if (!is_digit(at(i_))) {
        error_before(i_, "invalid decimal literal");
        return false;
      }
    }
  }

  void number() {
    uint32_t start = i_;
    bool is_float = false;
    if (at(i_) == '0' && (at(i_ + 1) == 'x' || at(i_ + 1) == 'X' || at(i_ + 1) == 'o' || at(i_ + 1) == 'O' ||
                          at(i_ + 1) == 'b' || at(i_ + 1) == 'B')) {
      char kc = static_cast<char>(at(i_ + 1) | 0x20);
      int base = kc == 'x' ? 16 : kc == 'o' ? 8 : 2;
      const char* kind = kc == 'x' ? "hexadecimal" : kc == 'o' ? "octal" : "binary";
      i_ += 2;
      auto valid = [&](char ch) { return base == 16 ? is_xdigit(ch) : base == 8 ? (ch >= '0' && ch <= '7') : (ch == '0' || ch == '1'); };
      uint64_t v = 0;
      bool overflow = false;
      for (;;) {
        if (at(i_) == '_') ++i_;
        if (!valid(at(i_))) {
          if (base != 16 && is_digit(at(i_))) {
            error_at(pos_of(i_), std::string("invalid digit '") + at(i_) + "' in " + kind + " literal");
          } else {
            error_before(i_, std::string("invalid ") + kind + " literal");
          }
          return;
        }
        while (valid(at(i_))) {
          char ch = at(i_);
          int d = is_digit(ch) ? ch - '0' : (ch | 0x20) - 'a' + 10;
          if (v > (UINT64_MAX - d) / base) overflow = true;
          else v = v * base + d;
          ++i_;
        }
        if (at(i_) != '_') break;
      }
      if (base != 16 && is_digit(at(i_))) {
        error_at(pos_of(i_), std::string("invalid digit '") + at(i_) + "' in " + kind + " literal");
        return;
      }
      if (!end_of_number(kind)) return;
      Token& t = push(T::Int, start, i_);
      if (overflow || v > static_cast<uint64_t>(INT64_MAX)) t.big = true;
      else t.ival = static_cast<int64_t>(v);
      return;
    }
    if (at(i_) == '0') {
      // zeros only, then maybe fraction/exponent; nonzero digits are an error
      bool nonzero = false;
      for (;;) {
        while (at(i_) == '0') ++i_;
        if (at(i_) != '_') break;
        ++i_;
        if (!is_digit(at(i_))) { error_before(i_, "invalid decimal literal"); return; }
      }
      if (is_digit(at(i_))) {
        nonzero = true;
        if (!decimal_tail()) return;
      }
      if (nonzero && at(i_) != '.' && at(i_) != 'e' && at(i_) != 'E' && at(i_) != 'j' && at(i_) != 'J') {
        error_at(pos_of(start),
                 "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
        return;
      }
    } else if (at(i_) != '.') {
      if (!decimal_tail()) return;
    }
    if (at(i_) == '.') {
      is_float = true;
      ++i_;
      if (is_digit(at(i_)) && !decimal_tail()) return;
    }
    if (at(i_) == 'e' || at(i_) == 'E') {
      uint32_t epos = i_;
      ++i_;
      if (at(i_) == '+' || at(i_) == '-') {
        ++i_;
        if (!is_digit(at(i_))) { error_before(i_, "invalid decimal literal"); return; }
      }
      if (is_digit(at(i_))) {
        is_float = true;
        if (!decimal_tail()) return;
      } else {
        i_ = epos;
        if (!end_of_number("decimal")) return;
      }
    }
    if (at(i_) == 'j' || at(i_) == 'J') {
      soft_error_at(pos_of(start), "imaginary numbers are not supported in Turnstile scenarios");
      return;
    }
    if (!end_of_number("decimal")) return;
    std::string digits;
    for (uint32_t k = start; k < i_; ++k)
      if (at(k) != '_') digits += at(k);
    if (is_float) {
      Token& t = push(T::Float, start, i_);
      t.fval = std::strtod(digits.c_str(), nullptr);
    } else {
      uint64_t v = 0;
      bool big = false;
      for (char ch : digits) {
        int d = ch - '0';
        if (v > (static_cast<uint64_t>(INT64_MAX) - d) / 10) {
          big = true;
          break;
        }
        v = v * 10 + d;
      }
      if (big && digits.size() > 4300) {
        soft_error_at(pos_of(start), "Exceeds the limit (4300 digits) for integer string conversion: value has " +
                                    std::to_string(digits.size()) +
                                    " digits; use sys.set_int_max_str_digits() to increase the limit - Consider "
                                    "hexadecimal for huge integer literals to avoid decimal conversion limits.");
        return;
      }
      Token& t = push(T::Int, start, i_);
      t.big = big;
      if (!big) t.ival = static_cast<int64_t>(v);
    }
  }

  void string(uint32_t start, uint32_t qpos, bool raw, bool bytes, bool f) {
    char q = at(qpos);
    bool triple = at(qpos + 1) == q && at(qpos + 2) == q;
    uint32_t body = qpos + (triple ? 3 : 1);
    ast::Pos start_pos = pos_of(start);
    int start_line = line_;
    uint32_t start_line_start = line_start_;
    i_ = body;
    ast::Pos body_pos = pos_of(body);
    uint32_t body_end;
    for (;;) {
      if (eof(i_)) {
        int l = line_;
        if (i_ > 0 && src_[i_ - 1] == '\n' && l > start_line) --l;
        error_at(start_pos, std::string(triple ? "unterminated triple-quoted string literal" : "unterminated string literal") +
                                " (detected at line " + std::to_string(l) + ")");
        return;
      }
      char c = at(i_);
      if (c == '\\') {
        if (eof(i_ + 1)) { ++i_; continue; }
        if (at(i_ + 1) == '\n') newline_at(i_ + 1);
        i_ += 2;
        continue;
      }
      if (c == '\n') {
        if (!triple) {
          error_at(start_pos, "unterminated string literal (detected at line " + std::to_string(line_) + ")");
          return;
        }
        newline_at(i_);
        ++i_;
        continue;
      }
      if (c == q) {
        if (!triple) { body_end = i_; ++i_; break; }
        if (at(i_ + 1) == q && at(i_ + 2) == q) { body_end = i_; i_ += 3; break; }
      }
      ++i_;
    }
    (void)start_line_start;
    Token t;
    t.kind = T::String;
    t.begin = start;
    t.stop = i_;
    t.pos = start_pos;
    t.end = pos_of(i_);
    t.text = src_.substr(start, i_ - start);
    t.is_bytes = bytes;
    t.is_f = f;
    t.is_raw = raw;
    t.body_begin = body;
    t.body_end = body_end;
    t.body_pos = body_pos;
    t.level = static_cast<int>(brackets_.size()) + (nested_ ? 1 : 0);
    comment_start_ = UINT32_MAX;
    std::string_view bodyv = src_.substr(body, body_end - body);
    if (!bytes) {
      std::string err = utf8_error(bodyv);
      if (!err.empty()) {
        error_at(start_pos, err);
        return;
      }
    }
    if (bytes) {
      for (char ch : bodyv) {
        if (static_cast<unsigned char>(ch) >= 0x80) {
          soft_error_at(start_pos, "bytes can only contain ASCII literal characters");
          return;
        }
      }
    }
    if (!f) {
      if (raw) {
        t.sval = std::string(bodyv);
      } else {
        std::string err;
        if (!decode_escapes(bodyv, bytes, t.sval, err)) {
          soft_error_at(t.end, std::move(err));
          return;
        }
      }
    }
    toks_.push_back(std::move(t));
    line_has_tokens_ = true;
  }
};

}  // namespace

bool is_keyword(std::string_view s) {
  for (const char* k : kKeywords)
    if (s == k) return true;
  return false;
}

std::string normalize_source(std::string_view src) {
  std::string out;
  out.reserve(src.size());
  size_t i = 0;
  if (src.size() >= 3 && static_cast<unsigned char>(src[0]) == 0xEF && static_cast<unsigned char>(src[1]) == 0xBB &&
      static_cast<unsigned char>(src[2]) == 0xBF)
    i = 3;
  for (; i < src.size(); ++i) {
    char c = src[i];
    if (c == '\r') {
      out += '\n';
      if (i + 1 < src.size() && src[i + 1] == '\n') ++i;
    } else {
      out += c;
    }
  }
  return out;
}

namespace {

// The PEP 263 declaration on line 1 or 2 (line 2 only after a comment or
// blank line 1), as CPython's tokenizer reads it: '#...coding[:=] NAME'.
std::string coding_name(std::string_view src) {
  size_t at = 0;
  for (int line = 0; line < 2 && at < src.size(); ++line) {
    size_t eol = src.find_first_of("\r\n", at);
    std::string_view l = src.substr(at, eol == std::string_view::npos ? std::string_view::npos : eol - at);
    size_t k = l.find_first_not_of(" \t\f");
    if (k == std::string_view::npos) {
      at = eol == std::string_view::npos ? src.size() : eol + 1;
      continue;
    }
    if (l[k] != '#') return "";
    for (size_t c = l.find("coding", k); c != std::string_view::npos; c = l.find("coding", c + 1)) {
      size_t j = c + 6;
      if (j >= l.size() || (l[j] != ':' && l[j] != '=')) continue;
      ++j;
      while (j < l.size() && (l[j] == ' ' || l[j] == '\t')) ++j;
      size_t e = j;
      while (e < l.size() && (std::isalnum((unsigned char)l[e]) || l[e] == '-' || l[e] == '_' || l[e] == '.')) ++e;
      if (e > j) return std::string(l.substr(j, e - j));
    }
    at = eol == std::string_view::npos ? src.size() : eol + 1;
  }
  return "";
}

}  // namespace

bool decode_source(std::string_view src, std::string& out, std::string& err) {
  std::string name = coding_name(src);
  std::string norm;
  for (char c : name) norm += c == '_' ? '-' : char(std::tolower((unsigned char)c));
  const bool latin1 = norm == "latin-1" || norm == "iso-8859-1" || norm == "iso8859-1" || norm == "latin1" ||
                      norm == "l1" || norm == "iso-latin-1" || norm.rfind("latin-1-", 0) == 0 ||
                      norm.rfind("iso-8859-1-", 0) == 0;
  if (!name.empty() && !latin1 && norm != "utf-8" && norm != "utf8" && norm.rfind("utf-8-", 0) != 0 &&
      norm != "ascii" && norm != "us-ascii") {
    err = "unknown encoding: " + name;
    return false;
  }
  if (!latin1) {
    out = normalize_source(src);
    return true;
  }
  std::string utf8;
  utf8.reserve(src.size());
  for (char c : src) py::utf8::append(utf8, (unsigned char)c);
  out = normalize_source(utf8);
  return true;
}

int column_of(std::string_view src, uint32_t line_start, uint32_t off) {
  int col = 1;
  for (uint32_t k = line_start; k < off && k < src.size(); ++k)
    if ((static_cast<unsigned char>(src[k]) & 0xC0) != 0x80) ++col;
  return col;
}

std::vector<Token> tokenize(std::string_view src, const LexOptions& opt) {
  Lexer lx(src, opt);
  return lx.run();
}

bool decode_escapes(std::string_view body, bool is_bytes, std::string& out, std::string& err) {
  out.clear();
  out.reserve(body.size());
  auto unicode_error = [&](size_t from, size_t to, const char* what) {
    err = std::string("(unicode error) '") + (is_bytes ? "bytesescape" : "unicodeescape") +
          "' codec can't decode bytes in position " + std::to_string(from) + "-" + std::to_string(to) + ": " + what;
    return false;
  };
  for (size_t i = 0; i < body.size(); ++i) {
    char c = body[i];
    if (c != '\\') {
      out += c;
      continue;
    }
    size_t bs = i;
    if (i + 1 >= body.size()) {
      out += '\\';
      continue;
    }
    char e = body[++i];
    switch (e) {
      case '\n': break;
      case '\\': out += '\\'; break;
      case '\'': out += '\''; break;
      case '"': out += '"'; break;
      case 'a': out += '\a'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'v': out += '\v'; break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        uint32_t v = e - '0';
        for (int k = 0; k < 2 && i + 1 < body.size() && body[i + 1] >= '0' && body[i + 1] <= '7'; ++k) v = v * 8 + (body[++i] - '0');
        if (is_bytes) out += static_cast<char>(v & 0xFF);
        else py::utf8::append(out, v);
        break;
      }
      case 'x': case 'u': case 'U': {
        if (is_bytes && e != 'x') {
          out += '\\';
          out += e;
          break;
        }
        int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
        uint32_t v = 0;
        int k = 0;
        for (; k < n && i + 1 < body.size() && is_xdigit(body[i + 1]); ++k) {
          char h = body[++i];
          v = v * 16 + (is_digit(h) ? h - '0' : (h | 0x20) - 'a' + 10);
        }
        if (k < n) {
          if (is_bytes) {
            err = "(value error) invalid \\x escape at position " + std::to_string(bs);
            return false;
          }
          return unicode_error(bs, i, e == 'x' ? "truncated \\xXX escape" : e == 'u' ? "truncated \\uXXXX escape"
                                                                                     : "truncated \\UXXXXXXXX escape");
        }
        if (is_bytes) {
          out += static_cast<char>(v);
        } else {
          if (v > 0x10FFFF) return unicode_error(bs, i, "illegal Unicode character");
          py::utf8::append(out, v);  // lone surrogates become 3-byte sequences (WTF-8)
        }
        break;
      }
      case 'N':
        if (!is_bytes) {
          if (i + 1 < body.size() && body[i + 1] == '{' && body.find('}', i) != std::string_view::npos) {
            err = "\\N{...} escapes are not supported in Turnstile scenarios";
            return false;
          }
          return unicode_error(bs, i, "malformed \\N character escape");
        }
        [[fallthrough]];
      default:
        out += '\\';
        out += e;
        break;
    }
  }
  return true;
}

}  // namespace ts::lex
