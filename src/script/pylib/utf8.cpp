#include "script/pylib/utf8.h"

namespace ts::py::utf8 {

namespace {
// Length and payload bits of a sequence that starts with lead byte c (0: none).
int lead_length(unsigned char c, uint32_t& bits) {
  if (c < 0x80) { bits = c; return 1; }
  if ((c & 0xE0) == 0xC0) { bits = c & 0x1F; return 2; }
  if ((c & 0xF0) == 0xE0) { bits = c & 0x0F; return 3; }
  if ((c & 0xF8) == 0xF0) { bits = c & 0x07; return 4; }
  return 0;
}

// Well-formed apart from the surrogate question: complete, no overlong form.
size_t decode_any(std::string_view s, size_t i, uint32_t& cp) {
  uint32_t v;
  int n = lead_length(static_cast<unsigned char>(s[i]), v);
  if (n == 0 || i + n > s.size()) return 0;
  for (int k = 1; k < n; ++k) {
    unsigned char d = static_cast<unsigned char>(s[i + k]);
    if (!is_continuation(d)) return 0;
    v = (v << 6) | (d & 0x3F);
  }
  if ((n == 2 && v < 0x80) || (n == 3 && v < 0x800) || (n == 4 && (v < 0x10000 || v > 0x10FFFF))) return 0;
  cp = v;
  return size_t(n);
}
}  // namespace

size_t decode(std::string_view s, size_t i, uint32_t& cp) {
  size_t n = decode_any(s, i, cp);
  if (n) return n;
  cp = static_cast<unsigned char>(s[i]);
  return 1;
}

size_t decode_strict(std::string_view s, size_t i, uint32_t& cp) {
  size_t n = decode_any(s, i, cp);
  if (n && cp >= 0xD800 && cp <= 0xDFFF) return 0;
  return n;
}

void append(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::string encode(uint32_t cp) {
  std::string s;
  append(s, cp);
  return s;
}

std::string encode(const std::u32string& cps) {
  std::string s;
  s.reserve(cps.size());
  for (char32_t c : cps) append(s, uint32_t(c));
  return s;
}

// Counts lead bytes: the same as counting decode() steps on well-formed text,
// and several times faster.
size_t length(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += !is_continuation(c);
  return n;
}

std::u32string to_u32(std::string_view s) {
  std::u32string r;
  r.reserve(s.size());
  for (size_t i = 0; i < s.size();) r.push_back(char32_t(next(s, i)));
  return r;
}

std::vector<uint32_t> to_cps(std::string_view s) {
  std::vector<uint32_t> r;
  r.reserve(s.size());
  for (size_t i = 0; i < s.size();) r.push_back(next(s, i));
  return r;
}

size_t offset(std::string_view s, size_t n) {
  size_t i = 0;
  for (; n > 0 && i < s.size(); --n) {
    uint32_t cp;
    i += decode(s, i, cp);
  }
  return i;
}

void offsets(std::string_view s, std::vector<size_t>& out) {
  for (size_t i = 0; i < s.size();) {
    out.push_back(i);
    uint32_t cp;
    i += decode(s, i, cp);
  }
}

}  // namespace ts::py::utf8
