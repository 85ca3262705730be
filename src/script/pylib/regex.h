// Regular expressions as CPython 3.11's sre: the pattern syntax of
// Lib/re/_parser.py (with its error messages and positions) and the
// backtracking semantics of Modules/_sre/sre_lib.h (leftmost match, greedy
// and lazy repeats, an empty iteration ends a repeat, atomic lookarounds),
// over the code points of a string. Character classes and case folding use
// the Unicode table (unicode.h), so \w, \d, \s and IGNORECASE agree with
// CPython's str rules. Own code, not std::regex (its ECMAScript dialect is
// not Python's, and libstdc++ and libc++ differ).
// regex_parse.cpp: pattern -> Program; regex_match.cpp: running it;
// regex_template.cpp: sub()'s replacement templates.
#pragma once
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace ts::py::regex {

// re's flag values (re.I, ...).
enum Flag : int {
  kTemplate = 1, kIgnoreCase = 2, kLocale = 4, kMultiline = 8, kDotAll = 16, kUnicode = 32,
  kVerbose = 64, kDebug = 128, kAscii = 256,
};

// A failed compile: re.error(msg, pattern, pos) (pos -1: none), or a
// feature Turnstile leaves out (NotImplementedError), or another Python
// exception CPython raises there (ValueError, OverflowError).
struct Error {
  enum Kind { Re, NotImplemented, Value, Overflow } kind = Re;
  std::string msg;
  int64_t pos = -1;  // in code points
};

// Character-set items: ranges and the \d \w \s categories.
struct SetItem {
  enum Kind : uint8_t { Range, Digit, NotDigit, Word, NotWord, Space, NotSpace } kind;
  uint32_t lo = 0, hi = 0;
};
struct CharSet {
  std::vector<SetItem> items;
  bool negate = false, icase = false, ascii = false;
  bool contains(uint32_t c) const;  // with the case rules
};

// One instruction of the backtracking machine (regex_match.cpp says what
// each does).
enum class Op : uint8_t {
  Char, CharI, CharAsciiI, Any, AnyAll, Set, Split, Jmp, Save, At, Ref, Look, Mark, Progress, Exists, Match, SubMatch,
};
enum At : uint8_t {
  kBegin, kBeginLine, kBeginString, kEnd, kEndLine, kEndString, kBoundary, kNonBoundary,
};
struct Inst {
  Op op;
  uint8_t arg = 0;  // At kind; Look: 1 behind, 2 negative; Ref/Char: 1 ignore case, 2 ASCII
  int32_t x = 0, y = 0;
  uint32_t c = 0;
};

struct Program {
  std::vector<Inst> code;
  std::vector<CharSet> sets;
  int flags = 0;    // the final flags (inline ones included, UNICODE unless ASCII)
  int groups = 0;   // capturing groups
  int registers = 0;  // repeat-progress registers
  int64_t min_width = 0;  // no match is shorter (sre's INFO check: a start this close to the end fails at once)
  std::map<std::string, int> groupindex;  // name (UTF-8) -> group
};

// Compiles pattern (code points) with flags; nullptr and err on failure.
std::shared_ptr<const Program> compile(const std::u32string& pattern, int flags, Error& err);

enum class Mode { Match, Search, FullMatch };
// spans[2g], spans[2g+1]: group g's start and end (-1 when it did not
// take part); lastindex: the last group closed (-1: none).
struct Result {
  std::vector<int64_t> spans;
  int lastindex = -1;
};
enum class Outcome { Found, NotFound, Budget };
// Runs prog over s[0:endpos] from pos (beginning of string stays 0, as
// sre's ^ and lookbehind see it). must_advance rejects an empty match at
// pos (the 3.7 rule for the match after an empty one). Every instruction
// costs one of `budget`, which the call decrements; Budget when it runs out.
Outcome exec(const Program& prog, const std::u32string& s, size_t pos, size_t endpos, Mode mode,
             bool must_advance, Result& out, int64_t& budget);

// sub()'s replacement template, parsed (re._parser.parse_template): literal
// text and group references in order.
struct Template {
  struct Piece {
    int group = -1;  // -1: literal
    std::u32string text;
  };
  std::vector<Piece> pieces;
};
// IndexError when a name is unknown (err.kind == Value stands for it here:
// the caller raises IndexError), re.error otherwise.
bool parse_template(const std::u32string& repl, const Program& prog, Template& out, Error& err,
                    bool& index_error);

// re.escape: a backslash before each of CPython's special characters.
std::u32string escape(const std::u32string& s);

}  // namespace ts::py::regex
