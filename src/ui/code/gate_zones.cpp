#include "ui/code/gate_zones.h"

#include <algorithm>

namespace ts::ui {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

int indent_of(std::string_view line) {
  int n = 0;
  for (char c : line) {
    if (c == ' ') ++n;
    else if (c == '\t') n += 8 - n % 8;
    else break;
  }
  return n;
}

bool blank_or_comment(std::string_view line) {
  line = trim(line);
  return line.empty() || line.front() == '#';
}

// "sem #2" -> "sem": the trace's suffix for a name bound more than once
std::string_view base_name(std::string_view g) {
  const size_t k = g.rfind(" #");
  return k == std::string_view::npos ? g : g.substr(0, k);
}

// The items of `async with A, B as b:` split at depth-0 commas, and what
// follows the colon; false if the statement does not end on this line.
bool with_items(std::string_view rest, std::vector<std::string_view>& items, std::string_view& after) {
  int depth = 0;
  size_t start = 0;
  for (size_t i = 0; i < rest.size(); ++i) {
    const char c = rest[i];
    if (c == '(' || c == '[' || c == '{') ++depth;
    else if (c == ')' || c == ']' || c == '}') --depth;
    else if (c == '\'' || c == '"' || c == '#') return false;  // not a plain gate expression
    else if (depth == 0 && (c == ',' || c == ':')) {
      items.push_back(trim(rest.substr(start, i - start)));
      start = i + 1;
      if (c == ':') {
        after = trim(rest.substr(i + 1));
        return true;
      }
    }
  }
  return false;
}

}  // namespace

std::vector<GateZone> gate_zones(std::string_view code, const std::vector<std::string>& gates) {
  std::vector<std::string_view> lines;
  for (size_t b = 0;;) {
    const size_t e = code.find('\n', b);
    lines.push_back(code.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b));
    if (e == std::string_view::npos) break;
    b = e + 1;
  }
  std::vector<GateZone> zones;
  if (gates.empty()) return zones;
  for (size_t li = 0; li < lines.size(); ++li) {
    std::string_view t = trim(lines[li]);
    constexpr std::string_view kAsync = "async";
    if (t.substr(0, kAsync.size()) != kAsync) continue;
    t = trim(t.substr(kAsync.size()));
    if (t.substr(0, 5) != "with " && t.substr(0, 5) != "with\t") continue;
    std::vector<std::string_view> items;
    std::string_view after;
    if (!with_items(t.substr(5), items, after)) continue;
    std::string gate;
    for (std::string_view item : items) {
      const size_t as = item.find(" as ");
      const std::string_view expr = trim(as == std::string_view::npos ? item : item.substr(0, as));
      const bool known = std::any_of(gates.begin(), gates.end(),
                                     [&](const std::string& g) { return base_name(g) == expr; });
      if (known) {
        gate = std::string(expr);
        break;
      }
    }
    if (gate.empty()) continue;
    GateZone z;
    z.gate = std::move(gate);
    z.with_line = z.first = z.last = static_cast<int>(li) + 1;
    if (after.empty() || after.front() == '#') {
      const int ind = indent_of(lines[li]);
      z.first = z.last = 0;
      for (size_t k = li + 1; k < lines.size(); ++k) {
        if (blank_or_comment(lines[k])) continue;
        if (indent_of(lines[k]) <= ind) break;
        if (!z.first) z.first = static_cast<int>(k) + 1;
        z.last = static_cast<int>(k) + 1;
      }
      if (!z.first) continue;  // no block (still being typed)
    }
    zones.push_back(std::move(z));
  }
  return zones;
}

}  // namespace ts::ui
