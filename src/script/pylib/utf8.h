// UTF-8, the one codec: the VM's strings are UTF-8 (lone surrogates, which
// Python strings may hold, are kept as their 3-byte encodings, as CPython's
// "surrogatepass" would write them), and so is the source text.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ts::py::utf8 {

// Decodes the code point at s[i] and returns its length in bytes (>= 1).
// Lenient, for strings the VM built: a byte that starts no well-formed
// sequence decodes as itself with length 1.
size_t decode(std::string_view s, size_t i, uint32_t& cp);
// Strict, for source text: returns 0 for an invalid, overlong, truncated or
// surrogate sequence (CPython rejects those with a SyntaxError).
size_t decode_strict(std::string_view s, size_t i, uint32_t& cp);
// Decodes at s[i] and advances i.
inline uint32_t next(std::string_view s, size_t& i) {
  uint32_t cp;
  i += decode(s, i, cp);
  return cp;
}

void append(std::string& out, uint32_t cp);
std::string encode(uint32_t cp);
std::string encode(const std::u32string& cps);

size_t length(std::string_view s);                  // code points
std::u32string to_u32(std::string_view s);
std::vector<uint32_t> to_cps(std::string_view s);
size_t offset(std::string_view s, size_t n);         // byte offset of the n-th code point (or s.size())
// Byte offset of every code point, in order.
void offsets(std::string_view s, std::vector<size_t>& out);
inline bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

}  // namespace ts::py::utf8
