#include "script/pylib/json.h"

#include "script/pylib/utf8.h"

namespace ts::py::json {

const Value* Value::get(std::string_view key) const {
  for (size_t i = members.size(); i-- > 0;)
    if (members[i].first == key) return &members[i].second;
  return nullptr;
}

namespace {

struct Parser {
  std::string_view s;
  Error& err;
  int max_depth;
  size_t i = 0;

  // errmsg(): "MSG: line L column C (char P)", positions in code points.
  bool fail(const char* msg, size_t at) {
    size_t line = 1, col = 1, chars = 0;
    for (size_t k = 0; k < at && k < s.size(); ++k) {
      if (utf8::is_continuation(static_cast<unsigned char>(s[k]))) continue;
      ++chars;
      if (s[k] == '\n') { ++line; col = 1; } else ++col;
    }
    err.pos = chars;
    err.msg = std::string(msg) + ": line " + std::to_string(line) + " column " + std::to_string(col) +
              " (char " + std::to_string(chars) + ")";
    return false;
  }
  void ws() {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
  }
  bool literal(const char* word, size_t n) {
    if (s.compare(i, n, word) != 0) return false;
    i += n;
    return true;
  }

  bool value(Value& v, int depth) {
    if (depth > max_depth) return fail("Nesting too deep", i);
    if (i >= s.size()) return fail("Expecting value", i);
    char c = s[i];
    if (c == '"') { v.kind = Value::Str; return string(v.text); }
    if (c == '{') return object(v, depth);
    if (c == '[') return array(v, depth);
    if (literal("null", 4)) { v.kind = Value::Null; return true; }
    if (literal("true", 4)) { v.kind = Value::Bool; v.b = true; return true; }
    if (literal("false", 5)) { v.kind = Value::Bool; v.b = false; return true; }
    // NaN, Infinity, -Infinity are accepted by json.loads (parse_constant)
    if (literal("NaN", 3)) { v.kind = Value::Float; v.text = "nan"; return true; }
    if (literal("Infinity", 8)) { v.kind = Value::Float; v.text = "inf"; return true; }
    if (literal("-Infinity", 9)) { v.kind = Value::Float; v.text = "-inf"; return true; }
    return number(v);
  }

  // NUMBER_RE = r'(-?(?:0|[1-9]\d*))(\.\d+)?([eE][-+]?\d+)?'
  bool number(Value& v) {
    size_t start = i, k = i;
    auto digit = [&](size_t p) { return p < s.size() && s[p] >= '0' && s[p] <= '9'; };
    if (k < s.size() && s[k] == '-') ++k;
    if (!digit(k)) return fail("Expecting value", start);
    if (s[k] == '0') ++k;
    else while (digit(k)) ++k;
    bool is_float = false;
    if (k < s.size() && s[k] == '.' && digit(k + 1)) {
      is_float = true;
      k += 1;
      while (digit(k)) ++k;
    }
    if (k < s.size() && (s[k] == 'e' || s[k] == 'E')) {
      size_t e = k + 1;
      if (e < s.size() && (s[e] == '+' || s[e] == '-')) ++e;
      if (digit(e)) {
        is_float = true;
        k = e;
        while (digit(k)) ++k;
      }
    }
    v.kind = is_float ? Value::Float : Value::Int;
    v.text = std::string(s.substr(start, k - start));
    i = k;
    return true;
  }

  bool hex4(size_t at, uint32_t& out) {
    if (at + 4 > s.size()) return false;
    out = 0;
    for (size_t k = at; k < at + 4; ++k) {
      char c = s[k];
      int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
      if (d < 0) return false;
      out = out * 16 + uint32_t(d);
    }
    return true;
  }

  // py_scanstring (strict=True)
  bool string(std::string& out) {
    size_t begin = i++;
    for (;;) {
      if (i >= s.size()) return fail("Unterminated string starting at", begin);
      unsigned char c = static_cast<unsigned char>(s[i]);
      if (c == '"') { ++i; return true; }
      if (c < 0x20) return fail("Invalid control character at", i);
      if (c != '\\') { out += char(c); ++i; continue; }
      if (i + 1 >= s.size()) return fail("Unterminated string starting at", begin);
      char e = s[i + 1];
      const char* simple = nullptr;
      switch (e) {
        case '"': simple = "\""; break;
        case '\\': simple = "\\"; break;
        case '/': simple = "/"; break;
        case 'b': simple = "\b"; break;
        case 'f': simple = "\f"; break;
        case 'n': simple = "\n"; break;
        case 'r': simple = "\r"; break;
        case 't': simple = "\t"; break;
        default: break;
      }
      if (simple) { out += simple; i += 2; continue; }
      if (e != 'u') return fail("Invalid \\escape", i);
      uint32_t cp;
      if (!hex4(i + 2, cp)) return fail("Invalid \\uXXXX escape", i + 1);
      i += 6;
      // a high surrogate followed by \u + low surrogate is one character
      uint32_t lo;
      if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < s.size() && s[i] == '\\' && s[i + 1] == 'u' && hex4(i + 2, lo) &&
          lo >= 0xDC00 && lo <= 0xDFFF) {
        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
        i += 6;
      }
      utf8::append(out, cp);
    }
  }

  bool array(Value& v, int depth) {
    v.kind = Value::Array;
    ++i;
    ws();
    if (i < s.size() && s[i] == ']') { ++i; return true; }
    for (;;) {
      ws();
      v.items.emplace_back();
      if (!value(v.items.back(), depth + 1)) return false;
      ws();
      if (i < s.size() && s[i] == ']') { ++i; return true; }
      if (i >= s.size() || s[i] != ',') return fail("Expecting ',' delimiter", i);
      ++i;
    }
  }

  bool object(Value& v, int depth) {
    v.kind = Value::Object;
    ++i;
    ws();
    if (i < s.size() && s[i] == '}') { ++i; return true; }
    for (;;) {
      if (i >= s.size() || s[i] != '"') return fail("Expecting property name enclosed in double quotes", i);
      std::string key;
      if (!string(key)) return false;
      ws();
      if (i >= s.size() || s[i] != ':') return fail("Expecting ':' delimiter", i);
      ++i;
      ws();
      Value item;
      if (!value(item, depth + 1)) return false;
      v.members.push_back(Member{std::move(key), std::move(item)});
      ws();
      if (i < s.size() && s[i] == '}') { ++i; return true; }
      if (i >= s.size() || s[i] != ',') return fail("Expecting ',' delimiter", i);
      ++i;
      ws();
    }
  }
};

}  // namespace

bool parse(std::string_view text, Value& out, Error& err, int max_depth) {
  Parser p{text, err, max_depth};
  p.ws();
  if (!p.value(out, 0)) return false;
  p.ws();
  if (p.i != text.size()) return p.fail("Extra data", p.i);
  return true;
}

}  // namespace ts::py::json
