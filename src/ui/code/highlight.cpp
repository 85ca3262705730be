#include "ui/code/highlight.h"

#include <algorithm>
#include <array>

namespace ts::ui {
namespace {

bool digit(unsigned char c) { return c >= '0' && c <= '9'; }
bool ident_start(unsigned char c) { return c == '_' || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c >= 0x80; }
bool ident_char(unsigned char c) { return ident_start(c) || digit(c); }

template <size_t N>
bool one_of(const std::array<std::string_view, N>& words, std::string_view w) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

constexpr std::array<std::string_view, 29> kKeywords = {
    "and", "as", "assert", "break", "class", "continue", "def", "del", "elif", "else",
    "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
    "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with"};
constexpr std::array<std::string_view, 3> kSuspend = {"await", "async", "yield"};
constexpr std::array<std::string_view, 3> kConstants = {"True", "False", "None"};
// The builtins people call in scenarios (not all 150: the rare ones stay plain).
constexpr std::array<std::string_view, 48> kBuiltins = {
    "abs", "all", "any", "bool", "callable", "dict", "dir", "divmod", "enumerate", "filter",
    "float", "format", "frozenset", "getattr", "hasattr", "hash", "id", "int", "isinstance",
    "issubclass", "iter", "len", "list", "map", "max", "min", "next", "object", "open", "print",
    "range", "repr", "reversed", "round", "set", "setattr", "sorted", "str", "sum", "super",
    "tuple", "type", "zip", "self", "cls", "aiter", "anext", "Exception"};

// A string literal's prefix (f, rb, ...) directly before a quote.
bool string_prefix(std::string_view w) {
  if (w.size() > 2) return false;
  for (char c : w)
    if (std::string_view("rRbBfFuU").find(c) == std::string_view::npos) return false;
  return true;
}

struct Scanner {
  std::string_view s;
  size_t i = 0;
  std::vector<CodeSpan> out;
  bool after_def = false;  // the next name is the one def/class defines

  void emit(size_t b, size_t e, CodeTok t) {
    if (e > b) out.push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(e), t});
  }

  // From the opening quote at i: to the closing quote (see the contract).
  void string(size_t begin) {
    const char q = s[i];
    const bool triple = i + 2 < s.size() && s[i + 1] == q && s[i + 2] == q;
    i += triple ? 3 : 1;
    while (i < s.size()) {
      const char c = s[i];
      if (c == '\\') {
        i = std::min(s.size(), i + 2);
      } else if (c == '\n' && !triple) {
        break;
      } else if (c == q && (!triple || (i + 2 < s.size() && s[i + 1] == q && s[i + 2] == q))) {
        i += triple ? 3 : 1;
        break;
      } else {
        ++i;
      }
    }
    emit(begin, i, CodeTok::String);
  }

  void comment() {
    const size_t b = i;
    while (i < s.size() && s[i] != '\n') ++i;
    const std::string_view text = s.substr(b, i - b);
    const bool tuner = text.find("slider:") != std::string_view::npos || text.find("choice:") != std::string_view::npos;
    emit(b, i, tuner ? CodeTok::Slider : CodeTok::Comment);
  }

  void number() {
    const size_t b = i;
    while (i < s.size() && (ident_char(static_cast<unsigned char>(s[i])) || s[i] == '.' ||
                            ((s[i] == '+' || s[i] == '-') && (s[i - 1] | 0x20) == 'e' &&
                             !(s[b] == '0' && i > b + 1 && (s[b + 1] | 0x20) == 'x'))))
      ++i;
    emit(b, i, CodeTok::Number);
  }

  void word() {
    const size_t b = i;
    while (i < s.size() && ident_char(static_cast<unsigned char>(s[i]))) ++i;
    const std::string_view w = s.substr(b, i - b);
    if (i < s.size() && (s[i] == '\'' || s[i] == '"') && string_prefix(w)) {
      string(b);
      return;
    }
    // an attribute (x.print) or a keyword argument (print=...) is not the builtin
    const bool attr = b > 0 && s[b - 1] == '.';
    CodeTok t = CodeTok::Plain;
    if (after_def) t = CodeTok::Defined;
    else if (one_of(kSuspend, w)) t = CodeTok::Suspend;
    else if (one_of(kKeywords, w)) t = CodeTok::Keyword;
    else if (one_of(kConstants, w)) t = CodeTok::Constant;
    else if (!attr && one_of(kBuiltins, w)) t = CodeTok::Builtin;
    after_def = t == CodeTok::Keyword && (w == "def" || w == "class");
    emit(b, i, t);
  }

  void run() {
    while (i < s.size()) {
      const unsigned char c = static_cast<unsigned char>(s[i]);
      if (c == '#') {
        comment();
      } else if (c == '\'' || c == '"') {
        string(i);
      } else if (digit(c) || (c == '.' && i + 1 < s.size() && digit(static_cast<unsigned char>(s[i + 1])) &&
                                    (i == 0 || !ident_char(static_cast<unsigned char>(s[i - 1]))))) {
        number();
      } else if (ident_start(c)) {
        word();
      } else if (c == '@' && (i == 0 || s[i - 1] == '\n' || s[i - 1] == ' ' || s[i - 1] == '\t') &&
                 i + 1 < s.size() && ident_start(static_cast<unsigned char>(s[i + 1]))) {
        // a decorator line: @name or @pkg.name (not the matrix operator)
        const size_t b = i++;
        while (i < s.size() && (ident_char(static_cast<unsigned char>(s[i])) || s[i] == '.')) ++i;
        emit(b, i, CodeTok::Decorator);
      } else {
        if (c != ' ' && c != '\t') after_def = false;
        ++i;
      }
    }
  }
};

}  // namespace

std::vector<CodeSpan> highlight_python(std::string_view code) {
  Scanner sc{code};
  sc.run();
  return std::move(sc.out);
}

}  // namespace ts::ui
