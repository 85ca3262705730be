// Internal to the regex engine (regex_*.cpp): the parse tree, the
// tokenizer of patterns and templates (_parser.Tokenizer), and the failure
// every stage throws and compile() / parse_template() turn into an Error.
#pragma once
#include <string>
#include <vector>

#include "script/pylib/regex.h"
#include "script/pylib/unicode.h"
#include "script/pylib/utf8.h"

namespace ts::py::regex::syntax {

constexpr int64_t kInf = -1;               // an unbounded repeat's max
constexpr int64_t kMaxRepeat = 4294967295;  // sre's MAXREPEAT
constexpr size_t kMaxProgram = 200000;      // instructions, after expanding counted repeats
constexpr int kTypeFlags = kAscii | kLocale | kUnicode;

struct Failure {
  Error err;
};

[[noreturn]] inline void fail(Error::Kind k, std::string msg, int64_t pos = -1) { throw Failure{{k, std::move(msg), pos}}; }
[[noreturn]] inline void not_available(const std::string& what) {
  fail(Error::NotImplemented, what + " is not available in Turnstile scenarios");
}

inline bool is_digit(uint32_t c) { return c >= '0' && c <= '9'; }
inline bool is_oct(uint32_t c) { return c >= '0' && c <= '7'; }
inline bool is_hex(uint32_t c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
inline bool is_ascii_letter(uint32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool is_ws(uint32_t c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

inline std::string u8(const std::u32string& s) { return utf8::encode(s); }

// Python's repr of a str, enough for group names in messages.
inline std::string repr(const std::u32string& s) {
  bool sq = s.find(U'\'') != std::u32string::npos && s.find(U'"') == std::u32string::npos;
  char q = sq ? '"' : '\'';
  std::string out(1, q);
  for (uint32_t c : s) {
    if (c == uint32_t(q) || c == '\\') out += '\\', out += char(c);
    else if (c == '\n') out += "\\n";
    else if (c == '\t') out += "\\t";
    else if (c == '\r') out += "\\r";
    else if (c < 0x20 || c == 0x7f) {
      static const char* hex = "0123456789abcdef";
      out += "\\x";
      out += hex[c >> 4];
      out += hex[c & 15];
    } else utf8::append(out, c);
  }
  return out + q;
}

inline bool is_identifier(const std::u32string& s) {
  if (s.empty() || !unicode::is_xid_start(s[0])) return false;
  for (uint32_t c : s)
    if (!unicode::is_xid_continue(c)) return false;
  return true;
}

// The parse tree.
struct Node {
  enum K { Seq, Alt, Char, Set, Any, At, Group, Repeat, Ref, Look, Cond } k = Seq;  // Cond: kids yes, no
  std::vector<Node> kids;
  uint32_t c = 0;        // Char
  int flags = 0;         // the flags in effect where the node was parsed
  int set = -1;          // Set: index into Program::sets
  int group = -1;        // Group, Ref, Cond
  int64_t min = 0, max = 0;  // Repeat
  bool greedy = true;
  int look = 0;          // Look: 1 behind, 2 negative, 4 atomic (consumes)
  bool possessive = false;  // Look: made by a possessive repeat (a*+)
  uint8_t at = 0;        // At
  bool is_repeat() const { return k == Repeat || possessive; }
};

// _parser.Tokenizer: `next` is one character or an escape (two).
struct Tokenizer {
  const std::u32string& s;
  size_t index = 0;
  std::u32string next;
  bool has = false;
  explicit Tokenizer(const std::u32string& str) : s(str) { advance(); }
  void advance() {
    size_t i = index;
    if (i >= s.size()) {
      has = false;
      next.clear();
      return;
    }
    next.assign(1, s[i]);
    if (s[i] == '\\') {
      if (++i >= s.size()) fail(Error::Re, "bad escape (end of pattern)", int64_t(s.size()) - 1);
      next += s[i];
    }
    index = i + 1;
    has = true;
  }
  bool match(uint32_t c) {
    if (has && next.size() == 1 && next[0] == c) {
      advance();
      return true;
    }
    return false;
  }
  bool get(std::u32string& out) {
    out = next;
    bool h = has;
    advance();
    return h;
  }
  bool next_is(uint32_t c) const { return has && next.size() == 1 && next[0] == c; }
  bool next_in(bool (*pred)(uint32_t)) const { return has && next.size() == 1 && pred(next[0]); }
  int64_t tell() const { return int64_t(index) - int64_t(next.size()); }
  void seek(size_t i) {
    index = i;
    advance();
  }
  [[noreturn]] void error(const std::string& msg, int64_t offset = 0) const { fail(Error::Re, msg, tell() - offset); }
  std::u32string getwhile(int n, bool (*pred)(uint32_t)) {
    std::u32string r;
    for (int i = 0; i < n && next_in(pred); i++) {
      r += next;
      advance();
    }
    return r;
  }
  std::u32string getuntil(uint32_t term, const std::string& name) {
    std::u32string r;
    for (;;) {
      std::u32string c;
      bool h = get(c);
      if (!h) {
        if (r.empty()) error("missing " + name);
        error("missing " + u8(std::u32string(1, term)) + ", unterminated name", int64_t(r.size()));
      }
      if (c.size() == 1 && c[0] == term) {
        if (r.empty()) error("missing " + name, 1);
        break;
      }
      r += c;
    }
    return r;
  }
  void checkgroupname(const std::u32string& name, int64_t offset) const {
    if (!is_identifier(name)) error("bad character in group name " + repr(name), int64_t(name.size()) + offset);
  }
};

// \a \f \n \r \t \v \\: the character, or -1.
inline int simple_escape(uint32_t c) {
  switch (c) {
    case 'a': return 7;
    case 'f': return 12;
    case 'n': return 10;
    case 'r': return 13;
    case 't': return 9;
    case 'v': return 11;
    case '\\': return '\\';
    default: return -1;
  }
}

// regex_compile.cpp: the program for a parsed tree (prog's sets and groups
// are the parser's).
void compile_tree(const Node& tree, Program& prog);

}  // namespace ts::py::regex::syntax
