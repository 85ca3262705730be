#include "app/compare.h"

#include <algorithm>

#include "app/sliders.h"
#include "script/front/lexer.h"
#include "trace/export.h"

namespace ts::app {

namespace {

// The text with every constant's literal taken out: equal for two scripts
// that differ only in the values of their constants.
std::string without_literals(const std::string& text, const std::vector<Slider>& cs) {
  std::string out;
  size_t at = 0;
  for (const Slider& s : cs) {
    if (s.begin < at || s.end > text.size()) continue;
    out.append(text, at, s.begin - at);
    out += '\x01';
    at = s.end;
  }
  out.append(text, at, std::string::npos);
  return out;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> v;
  size_t i = 0;
  while (i <= text.size()) {
    const size_t nl = text.find('\n', i);
    if (nl == std::string::npos) {
      if (i < text.size()) v.push_back(text.substr(i));
      break;
    }
    v.push_back(text.substr(i, nl - i));
    i = nl + 1;
  }
  return v;
}

// "lines 7, 12" (the first few of the lines that differ, in A's numbering;
// lines added or removed count from where the two texts first part).
std::string lines_differing(const std::string& a, const std::string& b) {
  const std::vector<std::string> la = lines_of(a), lb = lines_of(b);
  std::vector<size_t> diff;
  size_t head = 0;
  while (head < la.size() && head < lb.size() && la[head] == lb[head]) ++head;
  size_t tail = 0;
  while (tail < la.size() - head && tail < lb.size() - head && la[la.size() - 1 - tail] == lb[lb.size() - 1 - tail])
    ++tail;
  const size_t na = la.size() - head - tail, nb = lb.size() - head - tail;
  std::string s = "the code: ";
  if (na == nb) {
    for (size_t i = head; i < head + na; ++i)
      if (la[i] != lb[i]) diff.push_back(i + 1);
    s += diff.size() == 1 ? "line " : "lines ";
    for (size_t i = 0; i < diff.size() && i < 4; ++i) s += (i ? ", " : "") + std::to_string(diff[i]);
    if (diff.size() > 4) s += " and " + std::to_string(diff.size() - 4) + " more";
    return s;
  }
  auto range = [](size_t from, size_t n) {
    return n == 1 ? "line " + std::to_string(from) : "lines " + std::to_string(from) + "-" + std::to_string(from + n - 1);
  };
  if (na == 0) return s + std::to_string(nb) + (nb == 1 ? " line" : " lines") + " added after line " + std::to_string(head);
  if (nb == 0) return s + range(head + 1, na) + " removed";
  return s + range(head + 1, na) + " became " + std::to_string(nb) + (nb == 1 ? " line" : " lines");
}

}  // namespace

std::string describe_difference(std::string_view code_a, int64_t seed_a, std::string_view code_b, int64_t seed_b) {
  std::vector<std::string> parts;
  // as the parser reads them (CRLF and CR become LF, no BOM): the offsets find_constants gives
  const std::string a = lex::normalize_source(code_a), b = lex::normalize_source(code_b);
  if (a != b) {
    const Constants ca = find_constants(a), cb = find_constants(b);
    bool same_names = ca.all.size() == cb.all.size();
    for (size_t i = 0; same_names && i < ca.all.size(); ++i) same_names = ca.all[i].name == cb.all[i].name;
    if (same_names && without_literals(a, ca.all) == without_literals(b, cb.all)) {
      for (size_t i = 0; i < ca.all.size(); ++i) {
        const Slider &x = ca.all[i], &y = cb.all[i];
        if (x.literal == y.literal) continue;
        // a choice by the names of its values, anything else as written
        const bool named = !y.choices.empty() || !x.choices.empty();
        const Slider& names = y.choices.empty() ? x : y;
        parts.push_back(x.name + " " + (named ? names.value_name(x.value) : x.literal) + " -> " +
                        (named ? names.value_name(y.value) : y.literal));
      }
    } else {
      parts.push_back(lines_differing(a, b));
    }
  }
  if (seed_a != seed_b) parts.push_back("seed " + std::to_string(seed_a) + " -> " + std::to_string(seed_b));
  if (parts.empty()) return "nothing: the same scenario";
  std::string s;
  for (const std::string& p : parts) s += (s.empty() ? "" : "; ") + p;
  return s;
}

std::string compare_csv(const std::vector<trace::CompareRow>& rows) {
  using trace::csv_field;
  std::string out = "what,A,B,change\n";
  for (const trace::CompareRow& r : rows)
    out += csv_field(r.what) + "," + csv_field(r.a) + "," + csv_field(r.b) + "," + csv_field(r.change) + "\n";
  return out;
}

}  // namespace ts::app
