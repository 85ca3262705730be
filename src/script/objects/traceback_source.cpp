// The source lines of a traceback (CPython 3.11's traceback.format_frame_summary):
// under each "File ..., line N, in f" the line itself, stripped, and, where
// the instruction's expression is known (Code::extents, from the parser's
// end and anchor positions), a line of markers under it: ^ under the
// expression, or for a binary operation ~ under the operands and ^ under the
// operator, for a subscript ~ under the value and ^ under [key]. As CPython,
// no markers when a plain expression covers the whole stripped line.
#include <algorithm>
#include <unordered_map>

#include "script/objects/runtime.h"
#include "script/pylib/utf8.h"

namespace ts::vm {

namespace {

struct SourceTexts : ModuleState {
  std::unordered_map<std::string, std::string> owned;
  std::unordered_map<std::string, std::string_view> views;
};

std::string_view source_of(VM& vm, const std::string& file) {
  SourceTexts& st = vm.state<SourceTexts>();
  if (auto it = st.views.find(file); it != st.views.end()) return it->second;
  if (auto it = st.owned.find(file); it != st.owned.end()) return it->second;
  return {};
}

// Line n (1-based) of text, without its newline; false past the end.
bool line_of(std::string_view text, int n, std::string_view& out) {
  size_t start = 0;
  for (int i = 1; i < n; ++i) {
    size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) return false;
    start = nl + 1;
  }
  if (start > text.size() || (start == text.size() && n > 1)) return false;
  size_t end = text.find('\n', start);
  out = text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
  if (!out.empty() && out.back() == '\r') out.remove_suffix(1);
  return true;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r' || c == '\n'; }

// Characters (code points) in the first `bytes` bytes of s.
size_t chars(std::string_view s, size_t bytes) { return py::utf8::length(s.substr(0, std::min(bytes, s.size()))); }

}  // namespace

TraceEntry trace_entry(const Frame& f) {
  TraceEntry t{f.code->name, f.line(), f.code->filename};
  const Code& c = *f.code;
  const uint32_t ip = f.last_ip();
  if (ip < c.cols.size()) t.col = c.cols[ip];
  auto it = std::lower_bound(c.extents.begin(), c.extents.end(), ip,
                             [](const Extent& e, uint32_t i) { return e.ip < i; });
  if (it != c.extents.end() && it->ip == ip) {
    t.end_line = it->end_line;
    t.end_col = it->end_col;
    t.anchor_col = it->anchor_col;
  }
  return t;
}

void set_source_text(VM& vm, const std::string& file, std::string text) {
  vm.state<SourceTexts>().owned[file] = std::move(text);
}

void set_source_view(VM& vm, const std::string& file, std::string_view text) {
  vm.state<SourceTexts>().views[file] = text;
}

void append_source_lines(VM& vm, const TraceEntry& t, const std::string& margin, std::string& out) {
  std::string_view text = source_of(vm, t.file), line;
  if (text.empty() || t.line <= 0 || !line_of(text, t.line, line)) return;
  size_t lead = 0, trail = line.size();
  while (lead < trail && is_space(line[lead])) ++lead;
  while (trail > lead && is_space(line[trail - 1])) --trail;
  if (lead == trail) return;
  const std::string_view stripped = line.substr(lead, trail - lead);
  out += margin + "    ";
  out += stripped;
  out += "\n";
  if (t.col <= 0 || t.end_line <= 0) return;
  const size_t start = size_t(t.col - 1);
  if (start < lead || start >= trail) return;
  // A multi-line expression: marked to the end of its first line, unanchored.
  const bool one_line = t.end_line == t.line;
  size_t end = one_line ? size_t(t.end_col - 1) : trail;
  if (end <= start || end > line.size()) return;
  const size_t n_start = chars(line, start), n_end = chars(line, end), n_lead = chars(line, lead);
  const size_t width = n_end - n_start, stripped_width = py::utf8::length(stripped);
  // The anchor splits the markers: ~ before it, ^ over the operator or [key], ~ after.
  size_t left = 0, right = 0;
  bool anchored = false;
  if (one_line && t.anchor_col > t.col && size_t(t.anchor_col - 1) < end) {
    const size_t a = size_t(t.anchor_col - 1);
    if (line[a] == '[') {
      left = chars(line, a) - n_start;
      right = width;
    } else {  // an operator of one or two characters
      size_t op_len = a + 1 < end && !is_space(line[a + 1]) && std::string_view("*/<>").find(line[a + 1]) !=
                                                                      std::string_view::npos
                          ? 2
                          : 1;
      left = chars(line, a) - n_start;
      right = left + op_len;
    }
    anchored = right > left;
  }
  if (width >= stripped_width && !anchored) return;
  out += margin + "    " + std::string(n_start - n_lead, ' ');
  if (anchored) {
    out += std::string(left, '~');
    out += std::string(right - left, '^');
    out += std::string(width - right, '~');
  } else {
    out += std::string(width, '^');
  }
  out += "\n";
}

}  // namespace ts::vm
