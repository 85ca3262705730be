#include "app/sliders.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <map>

#include "script/front/lexer.h"
#include "script/pylib/num.h"

namespace ts::app {

namespace {

using lex::T;
using lex::Token;

bool is_op(const Token& t, std::string_view op) { return t.kind == T::Op && t.text == op; }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\f'; }

// A number of a slider spec: [+-]digits[.digits][e[+-]digits], or .digits;
// a '.' followed by '.' ends it (so "1..40" reads 1, then "..").
bool scan_number(std::string_view s, size_t& i, double& v, bool& is_int) {
  size_t j = i;
  if (j < s.size() && (s[j] == '+' || s[j] == '-')) ++j;
  size_t digits = 0;
  is_int = true;
  while (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j]))) ++j, ++digits;
  if (j < s.size() && s[j] == '.' && !(j + 1 < s.size() && s[j + 1] == '.')) {
    is_int = false;
    ++j;
    while (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j]))) ++j, ++digits;
  }
  if (!digits) return false;
  if (j < s.size() && (s[j] == 'e' || s[j] == 'E')) {
    size_t k = j + 1;
    if (k < s.size() && (s[k] == '+' || s[k] == '-')) ++k;
    if (k < s.size() && std::isdigit(static_cast<unsigned char>(s[k]))) {
      while (k < s.size() && std::isdigit(static_cast<unsigned char>(s[k]))) ++k;
      is_int = false;
      j = k;
    }
  }
  v = std::strtod(std::string(s.substr(i, j - i)).c_str(), nullptr);
  i = j;
  return std::isfinite(v);
}

// What stands at t[at], for messages: "'abc'" or "the end of the text".
std::string found_at(std::string_view t, size_t at) {
  size_t e = at;
  while (e < t.size() && !is_space(t[e])) ++e;
  return at >= t.size() ? std::string("the end of the text") : "'" + std::string(t.substr(at, e - at)) + "'";
}

bool integral(double v) { return std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 9e15; }

struct Comment {
  uint32_t off;  // of '#'
  std::string_view text;
  bool used = false;
  bool choice = false;  // "# choice: A, B, C"
};

class Scanner {
 public:
  explicit Scanner(std::string_view src) : src_(src) {
    line_starts_.push_back(0);
    for (uint32_t i = 0; i < src.size(); ++i)
      if (src[i] == '\n') line_starts_.push_back(i + 1);
  }

  ast::Pos pos_of(uint32_t off) const {
    auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), off);
    uint32_t ls = *(it - 1);
    return {static_cast<int>(it - line_starts_.begin()), lex::column_of(src_, ls, off)};
  }

  SliderError error_at(uint32_t off, std::string msg) const {
    ast::Pos p = pos_of(off);
    return {p.line, p.col, std::move(msg)};
  }

  // The "# slider:" comments outside string literals, up to `limit` (where
  // tokenizing stopped).
  std::vector<Comment> slider_comments(const std::vector<Token>& toks, uint32_t limit) const {
    std::vector<Comment> out;
    size_t k = 0;  // the next string token
    for (uint32_t i = 0; i < limit && i < src_.size(); ++i) {
      while (k < toks.size() && (toks[k].kind != T::String || toks[k].stop <= i)) ++k;
      if (k < toks.size() && toks[k].begin <= i) {
        i = toks[k].stop - 1;
        continue;
      }
      if (src_[i] != '#') continue;
      uint32_t e = i;
      while (e < src_.size() && src_[e] != '\n') ++e;
      std::string_view text = src_.substr(i, e - i);
      size_t j = 1;
      while (j < text.size() && is_space(text[j])) ++j;
      for (std::string_view word : {std::string_view("slider"), std::string_view("choice")}) {
        if (text.substr(j, word.size()) != word) continue;
        size_t c = j + word.size();
        while (c < text.size() && is_space(text[c])) ++c;
        if (c < text.size() && text[c] == ':') out.push_back({i, text, false, word[0] == 'c'});
      }
      i = e;
    }
    return out;
  }

  // Reads "# slider: LO..HI[:STEP] [description]" (or "# choice: A, B, C")
  // into s; false with err.
  bool parse_spec(const Comment& c, Slider& s, SliderError& err) const {
    std::string_view t = c.text;
    size_t spec_at = t.find(':') + 1;
    while (spec_at < t.size() && is_space(t[spec_at])) ++spec_at;
    auto fail = [&](size_t at, std::string msg) {
      err = error_at(c.off + static_cast<uint32_t>(std::min(at, t.size())), std::move(msg));
      return false;
    };
    if (c.choice) return parse_choices(t, spec_at, s, fail);
    size_t i = spec_at;
    Range r;
    std::string msg;
    if (!read_range(t, i, r, msg)) return fail(i, msg);
    if (i < t.size() && !is_space(t[i]))
      return fail(i, "unexpected " + found_at(t, i) + " after the slider's range (a description goes after a space)");
    s.lo = r.lo;
    s.hi = r.hi;
    if (s.lo > s.hi)
      return fail(spec_at, "the slider's low end " + format_value(s.lo, r.all_int) + " is above its high end " +
                               format_value(s.hi, r.all_int));
    if (s.is_int && !(r.all_int && integral(s.lo) && integral(s.hi) && (!r.has_step || integral(r.step))))
      return fail(spec_at, s.name + " is an int (" + s.literal +
                               "), so its slider's ends and step must be integers; write " + s.name + " = " +
                               s.literal + ".0 for a float slider");
    s.step = r.has_step ? r.step : s.is_int || s.hi == s.lo ? 1 : (s.hi - s.lo) / 10;
    if (!(s.step > 0)) return fail(spec_at, "a slider's step must be above 0, not " + format_value(s.step, r.all_int));
    if (s.value < s.lo || s.value > s.hi)
      return fail(spec_at, s.name + " = " + s.literal + " is outside its slider's range " + format_value(s.lo, s.is_int) +
                               ".." + format_value(s.hi, s.is_int));
    return true;
  }

  // "A, B, C": the names of an int constant's values 0, 1, 2.
  template <class Fail>
  static bool parse_choices(std::string_view t, size_t at, Slider& s, Fail& fail) {
    const std::string form = " (the form is '# choice: NAME, NAME, ...', one name for each value 0, 1, ...)";
    if (!s.is_int) return fail(at, s.name + " is a float (" + s.literal + "); a choice is an int constant 0, 1, 2, ...");
    s.choices.clear();
    size_t i = at;
    while (true) {
      const size_t from = i;
      while (i < t.size() && t[i] != ',') ++i;
      std::string_view name = t.substr(from, i - from);
      while (!name.empty() && is_space(name.back())) name.remove_suffix(1);
      while (!name.empty() && is_space(name.front())) name.remove_prefix(1);
      if (name.empty()) return fail(from, "a choice's name is empty" + form);
      s.choices.emplace_back(name);
      if (i >= t.size()) break;
      ++i;  // ','
    }
    if (s.choices.size() < 2) return fail(at, "a choice needs at least two names, separated by commas" + form);
    if (s.choices.size() > 16) return fail(at, "a choice has at most 16 names, not " + std::to_string(s.choices.size()));
    s.lo = 0;
    s.hi = static_cast<double>(s.choices.size() - 1);
    s.step = 1;
    if (s.value < s.lo || s.value > s.hi)
      return fail(at, s.name + " = " + s.literal + " names none of its " + std::to_string(s.choices.size()) +
                          " choices: it must be 0.." + format_value(s.hi, true));
    return true;
  }

 private:
  std::string_view src_;
  std::vector<uint32_t> line_starts_;
};

}  // namespace

bool read_range(std::string_view t, size_t& i, Range& r, std::string& err) {
  const std::string form = " (the form is LO..HI or LO..HI:STEP, e.g. 1..40)";
  auto skip = [&] {
    while (i < t.size() && is_space(t[i])) ++i;
  };
  bool lo_int, hi_int, step_int = true;
  skip();
  if (!scan_number(t, i, r.lo, lo_int)) {
    err = "the low end of a range must be a number, not " + found_at(t, i) + form;
    return false;
  }
  skip();
  if (t.substr(i, 2) != "..") {
    err = "expected '..' between the low and high ends of a range, found " + found_at(t, i) + form;
    return false;
  }
  i += 2;
  skip();
  if (!scan_number(t, i, r.hi, hi_int)) {
    err = "the high end of a range must be a number, not " + found_at(t, i) + form;
    return false;
  }
  size_t after = i;
  skip();
  r.has_step = i < t.size() && t[i] == ':';
  if (r.has_step) {
    ++i;
    skip();
    if (!scan_number(t, i, r.step, step_int)) {
      err = "the step of a range must be a number, not " + found_at(t, i) + form;
      return false;
    }
  } else {
    i = after;
  }
  r.all_int = lo_int && hi_int && step_int;
  return true;
}

bool parse_range(std::string_view text, Range& r, std::string& err) {
  size_t i = 0;
  if (!read_range(text, i, r, err)) return false;
  while (i < text.size() && is_space(text[i])) ++i;
  if (i < text.size()) {
    err = "unexpected " + found_at(text, i) + " after the range";
    return false;
  }
  if (r.lo > r.hi) {
    err = "the range's low end " + format_value(r.lo, r.all_int) + " is above its high end " +
          format_value(r.hi, r.all_int);
    return false;
  }
  if (r.has_step && !(r.step > 0)) {
    err = "the range's step must be above 0, not " + format_value(r.step, r.all_int);
    return false;
  }
  return true;
}

std::string SliderError::text() const {
  return "line " + std::to_string(line) + ", column " + std::to_string(col) + ": " + message;
}

std::vector<Slider> Constants::sliders() const {
  std::vector<Slider> v;
  for (const Slider& s : all)
    if (s.annotated) v.push_back(s);
  return v;
}

const Slider* Constants::find(std::string_view name, std::string& err) const {
  const Slider* hit = nullptr;
  for (const Slider& s : all) {
    if (s.name != name) continue;
    if (hit) {
      err = std::string(name) + " is assigned more than once at the top level (lines " + std::to_string(hit->line) +
            " and " + std::to_string(s.line) + "): which one to set is ambiguous";
      return nullptr;
    }
    hit = &s;
  }
  if (!hit) err = "the script has no top-level number constant " + std::string(name) + " (NAME = 10)";
  return hit;
}

Constants find_constants(std::string_view source) {
  const std::string src = lex::normalize_source(source);
  const std::vector<Token> toks = lex::tokenize(src);
  Scanner sc(src);
  uint32_t limit = toks.empty() || toks.back().kind != T::Error ? UINT32_MAX : toks.back().begin;
  std::vector<Comment> comments = sc.slider_comments(toks, limit);
  auto comment_in = [&](uint32_t from, uint32_t to) -> Comment* {
    for (Comment& c : comments)
      if (c.off >= from && c.off < to) return &c;
    return nullptr;
  };
  Constants out;
  std::map<std::string, int> slider_line;
  int depth = 0;
  bool at_start = true;
  for (size_t i = 0; i < toks.size() && toks[i].kind != T::Error && toks[i].kind != T::End; ++i) {
    const Token& t = toks[i];
    if (t.kind == T::Indent || t.kind == T::Dedent) {
      depth += t.kind == T::Indent ? 1 : -1;
      at_start = true;
      continue;
    }
    if (t.kind == T::Newline) {
      at_start = true;
      continue;
    }
    bool starts = at_start;
    at_start = false;
    if (!starts || depth != 0 || t.kind != T::Name || lex::is_keyword(t.text)) continue;
    // NAME [: TYPE] = [+-] NUMBER NEWLINE
    size_t j = i + 1;
    if (j + 1 < toks.size() && is_op(toks[j], ":") && toks[j + 1].kind == T::Name) j += 2;
    if (j >= toks.size() || !is_op(toks[j], "=")) continue;
    size_t v = j + 1, end_stmt = v;
    while (end_stmt < toks.size() && toks[end_stmt].kind != T::Newline && toks[end_stmt].kind != T::Error &&
           toks[end_stmt].kind != T::End)
      ++end_stmt;
    if (end_stmt >= toks.size() || toks[end_stmt].kind != T::Newline) break;
    Comment* c = comment_in(toks[end_stmt - 1].stop, toks[end_stmt].begin + 1);
    size_t num = v + (v < end_stmt && (is_op(toks[v], "-") || is_op(toks[v], "+")) ? 1 : 0);
    bool literal = num + 1 == end_stmt && (toks[num].kind == T::Int || toks[num].kind == T::Float) && !toks[num].big;
    if (!literal) {
      if (c) {
        c->used = true;
        out.errors.push_back(sc.error_at(toks[v].begin, "a slider needs a number literal: " + std::string(t.text) +
                                                           "'s value is not one (" + std::string(t.text) +
                                                           " = 10  # slider: 1..40)"));
      }
      continue;
    }
    Slider s;
    s.name = std::string(t.text);
    const Token& lit = toks[num];
    s.begin = toks[v].begin;
    s.end = lit.stop;
    s.line = toks[v].pos.line;
    s.col = toks[v].pos.col;
    s.end_col = lit.end.col;
    s.literal = src.substr(s.begin, s.end - s.begin);
    s.is_int = lit.kind == T::Int;
    s.value = s.is_int ? static_cast<double>(lit.ival) : lit.fval;
    if (is_op(toks[v], "-")) s.value = -s.value;
    if (c) {
      c->used = true;
      SliderError err;
      auto seen = slider_line.find(s.name);
      if (seen != slider_line.end()) {
        out.errors.push_back(sc.error_at(c->off, s.name + " has a slider already, on line " + std::to_string(seen->second)));
      } else if (sc.parse_spec(*c, s, err)) {
        s.annotated = true;
        slider_line[s.name] = s.line;
      } else {
        out.errors.push_back(err);
      }
    }
    out.all.push_back(std::move(s));
  }
  for (const Comment& c : comments)
    if (!c.used)
      out.errors.push_back(sc.error_at(c.off, "'# slider:' must end a top-level assignment of a number "
                                              "(NAME = 10  # slider: 1..40)"));
  std::sort(out.errors.begin(), out.errors.end(), [](const SliderError& a, const SliderError& b) {
    return a.line != b.line ? a.line < b.line : a.col < b.col;
  });
  return out;
}

std::string format_value(double value, bool is_int) {
  if (is_int) return std::to_string(static_cast<long long>(std::llround(value)));
  return py::float_repr(value);
}

std::string Slider::value_name(double v) const {
  const double i = std::round(v);
  if (!choices.empty() && i >= 0 && i < static_cast<double>(choices.size()) && i == v)
    return choices[static_cast<size_t>(i)];
  return format_value(v, is_int);
}

bool apply_overrides(std::string_view source, const std::vector<Override>& overrides, std::string& out,
                     std::string& err) {
  std::string src = lex::normalize_source(source);
  Constants cs = find_constants(src);
  struct Edit {
    uint32_t begin, end;
    std::string text;
  };
  std::vector<Edit> edits;
  for (const Override& o : overrides) {
    const Slider* s = cs.find(o.name, err);
    if (!s) return false;
    if (s->is_int && !integral(o.value)) {
      err = o.name + " is an int (" + s->literal + "), not " + format_value(o.value, false);
      return false;
    }
    if (!s->choices.empty() && (o.value < 0 || o.value >= static_cast<double>(s->choices.size()))) {
      err = o.name + " = " + format_value(o.value, true) + " names none of its " + std::to_string(s->choices.size()) +
            " choices (0.." + std::to_string(s->choices.size() - 1) + ")";
      return false;
    }
    std::string text = format_value(o.value, s->is_int);
    auto same = std::find_if(edits.begin(), edits.end(), [&](const Edit& e) { return e.begin == s->begin; });
    if (same != edits.end()) same->text = text;
    else edits.push_back({s->begin, s->end, text});
  }
  std::sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) { return a.begin > b.begin; });
  for (const Edit& e : edits) src.replace(e.begin, e.end - e.begin, e.text);
  out = std::move(src);
  return true;
}

bool parse_override(std::string_view text, Override& out, std::string& err) {
  size_t eq = text.find('=');
  std::string name(text.substr(0, eq));
  bool ident = !name.empty() && !std::isdigit(static_cast<unsigned char>(name[0]));
  for (char ch : name) ident = ident && (std::isalnum(static_cast<unsigned char>(ch)) || ch == '_');
  if (eq == std::string_view::npos || !ident) {
    err = "'" + std::string(text) + "' is not NAME=VALUE";
    return false;
  }
  std::string value(text.substr(eq + 1));
  char* end = nullptr;
  double v = std::strtod(value.c_str(), &end);
  if (value.empty() || *end || !std::isfinite(v)) {
    err = "the value of " + name + " is not a number: '" + value + "'";
    return false;
  }
  out = {name, v};
  return true;
}

}  // namespace ts::app
