// Syntax colouring for the code panel: a tolerant scan of Python source into
// coloured spans. Not the front end's lexer: it never fails, so half-typed
// code (an unclosed string, a stray bracket) still colours sensibly, and it
// costs one pass over the text.
//
// Contract:
// - Spans are in order, do not overlap and cover only coloured text; what
//   lies between them is plain. Offsets are bytes into the source.
// - A string runs to its closing quote; an unclosed single-quoted string
//   ends at the line's end, an unclosed triple-quoted one at the text's end
//   (as the reader sees it until the quotes are typed).
// - `await`, `async` and `yield` are their own kind: they are where a task
//   can give up the loop, which is what the playground is about.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

namespace ts::ui {

enum class CodeTok : uint8_t {
  Plain,
  Keyword,    // def, class, if, for, with, import, ...
  Suspend,    // await, async, yield: where a coroutine may suspend
  Constant,   // True, False, None
  Builtin,    // print, range, len, self, ... (the common ones; not after a dot)
  String,     // '...', "...", triple-quoted, with prefixes (f, r, b, u)
  Number,
  Comment,
  Slider,     // a `# slider: LO..HI` or `# choice:` annotation (the tuner reads it)
  Decorator,  // @name
  Defined,    // the name after def / class
};

struct CodeSpan {
  uint32_t begin, end;
  CodeTok tok;
};

std::vector<CodeSpan> highlight_python(std::string_view code);

}  // namespace ts::ui
