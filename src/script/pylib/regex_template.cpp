// sub()'s replacement templates: re._parser.parse_template's escapes,
// group references and errors.
#include "script/pylib/regex_syntax.h"

namespace ts::py::regex {

using namespace syntax;

bool parse_template(const std::u32string& repl, const Program& prog, Template& out, Error& err, bool& index_error) {
  index_error = false;
  out.pieces.clear();
  auto text = [&](const std::u32string& t) {
    if (out.pieces.empty() || out.pieces.back().group >= 0) out.pieces.push_back({});
    out.pieces.back().text += t;
  };
  try {
    Tokenizer s(repl);
    auto addgroup = [&](int64_t index, int64_t offset) {
      if (index > prog.groups) s.error("invalid group reference " + std::to_string(index), offset);
      out.pieces.push_back({int(index), {}});
    };
    std::u32string t;
    while (s.get(t)) {
      if (t.size() == 1) {
        text(t);
        continue;
      }
      uint32_t c = t[1];
      if (c == 'g') {
        if (!s.match('<')) s.error("missing <");
        std::u32string name = s.getuntil('>', "group name");
        int64_t index;
        if (is_identifier(name)) {
          auto it = prog.groupindex.find(u8(name));
          if (it == prog.groupindex.end()) {
            index_error = true;
            fail(Error::Re, "unknown group name " + repr(name));
          }
          index = it->second;
        } else {
          bool digits = name.size() <= 10;
          for (uint32_t d : name) digits = digits && is_digit(d);
          if (!digits) s.error("bad character in group name " + repr(name), int64_t(name.size()) + 1);
          index = std::stoll(u8(name));
          if (index >= 0x3FFFFFFF) s.error("invalid group reference " + std::to_string(index), int64_t(name.size()) + 1);
        }
        addgroup(index, int64_t(name.size()) + 1);
      } else if (c == '0') {
        std::u32string d = s.getwhile(2, is_oct);
        text(std::u32string(1, uint32_t(std::stoul(u8(U"0" + d), nullptr, 8) & 0xff)));
      } else if (is_digit(c)) {
        if (s.next_in(is_digit)) {
          std::u32string d;
          s.get(d);
          t += d;
          if (is_oct(c) && is_oct(t[2]) && s.next_in(is_oct)) {
            s.get(d);
            t += d;
            uint32_t v = uint32_t(std::stoul(u8(t.substr(1)), nullptr, 8));
            if (v > 0377) s.error("octal escape value " + u8(t) + " outside of range 0-0o377", int64_t(t.size()));
            text(std::u32string(1, v));
            continue;
          }
        }
        addgroup(std::stoll(u8(t.substr(1))), int64_t(t.size()) - 1);
      } else if (c == 'b') {
        text(U"\b");
      } else if (int v = simple_escape(c); v >= 0) {
        text(std::u32string(1, uint32_t(v)));
      } else {
        if (is_ascii_letter(c)) s.error("bad escape " + u8(t), int64_t(t.size()));
        text(t);
      }
    }
  } catch (Failure& e) {
    err = std::move(e.err);
    return false;
  }
  return true;
}

}  // namespace ts::py::regex
