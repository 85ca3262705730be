// Sliders: top-level number constants a scenario exposes for tuning, and
// rewriting their values in the source text.
//
//   CONCURRENCY = 8       # slider: 1..40
//   TIMEOUT = 2.5         # slider: 0.5..10:0.5
//   RETRIES: int = 2      # slider: 0..6  the SDK's max_retries
//   STRATEGY = 1          # choice: asyncio, threads, processes
//
// A slider is a top-level assignment (NAME = literal, or NAME: TYPE =
// literal) of an int or float literal, optionally signed, with a trailing
// comment "# slider: LO..HI" or "# slider: LO..HI:STEP"; text after the spec
// and a space is a free description. An int constant makes an int slider
// (integer bounds and step, default step 1); a float constant a float slider
// (default step (HI - LO) / 10). A "# choice: A, B, C" comment on an int
// constant names its values 0, 1, 2: a slider over 0..2 whose values the page
// and the sweep show by name (strategies side by side). Any other top-level
// number constant can be
// overridden by name all the same (a "constant": annotated = false).
//
// Overrides replace the literal's characters only, so line numbers stay,
// and the rewritten script is still plain Python that CPython runs as it is.
// The source is read as the parser reads it (CRLF and CR become LF, a UTF-8
// BOM is dropped), and the rewritten text is that normalized form.
//
// The name `seed` is not a constant: it is the run's seed (random.seed(N)
// before the script runs, `turnstile run --seed N`); callers handle it.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ts::app {

struct Slider {
  std::string name;
  int line = 0;                  // 1-based line of the assignment
  int col = 0, end_col = 0;      // the literal (sign included): columns [col, end_col), 1-based, in code points
  uint32_t begin = 0, end = 0;   // the same span as byte offsets into the normalized source
  std::string literal;           // its text ("8", "-2.5", "1_000")
  double value = 0;
  bool is_int = true;
  bool annotated = false;        // has "# slider: ..."; lo/hi/step are meaningful only then
  double lo = 0, hi = 0, step = 1;
  std::vector<std::string> choices;  // "# choice:": the name of each value lo..hi
  // The value's name ("threads") for a choice, else format_value's text.
  std::string value_name(double v) const;
};

struct SliderError {
  int line = 0, col = 0;  // 1-based; col in code points
  std::string message;
  std::string text() const;  // "line 3, column 17: ..."
};

struct Constants {
  std::vector<Slider> all;          // every top-level number constant, in source order
  std::vector<SliderError> errors;  // malformed "# slider:" comments, in source order
  // The annotated ones, in source order (what the page draws).
  std::vector<Slider> sliders() const;
  // The constant assigned to `name` (nullptr if none); err says why not
  // when there is none, or when it is assigned more than once.
  const Slider* find(std::string_view name, std::string& err) const;
};

// Scans the source (a script that does not tokenize gives the constants
// before its error, and no error of its own: running it reports it).
Constants find_constants(std::string_view source);

// "LO..HI" or "LO..HI:STEP": numbers as [+-]digits[.digits][e[+-]digits],
// spaces allowed around the parts. read_range reads one from text[i] and
// leaves i after it; on failure it sets err and leaves i where the problem is.
struct Range {
  double lo = 0, hi = 0, step = 0;
  bool has_step = false;
  bool all_int = true;  // lo, hi (and step) written as integers
};
bool read_range(std::string_view text, size_t& i, Range& r, std::string& err);
// A whole text as a range (nothing after it; LO <= HI; STEP > 0).
bool parse_range(std::string_view text, Range& r, std::string& err);

struct Override {
  std::string name;
  double value = 0;
};

// The value as it is written into the source: an int ("12") or CPython's
// float repr ("0.25", "1e-05").
std::string format_value(double value, bool is_int);

// The source with each override's literal replaced. False (and err, naming
// the constant) when a name is not a top-level number constant, is assigned
// more than once, or an int constant gets a non-integer value.
bool apply_overrides(std::string_view source, const std::vector<Override>& overrides, std::string& out,
                     std::string& err);

// "NAME=VALUE" (turnstile run --set) as an Override; false with err.
bool parse_override(std::string_view text, Override& out, std::string& err);

}  // namespace ts::app
