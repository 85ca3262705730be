// JSON text to a tree, with CPython's json.loads rules and messages
// (Lib/json/decoder.py, Modules/_json.c): "Expecting value: line 1 column 1
// (char 0)". Positions count code points, as CPython's do. Numbers keep
// their text (the caller makes an int, a big int or a float of it). Used by
// the share links and, later, the json module.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ts::py::json {

struct Member;  // an object's key and value (below: a pair would need Value complete here)

struct Value {
  enum Kind : uint8_t { Null, Bool, Int, Float, Str, Array, Object } kind = Null;
  bool b = false;
  std::string text;                                  // Int/Float: the literal; Str: UTF-8
  std::vector<Value> items;                          // Array
  std::vector<Member> members;                       // Object, in order (duplicates kept)
  // Object lookup: the last member with that key, as a dict would keep it.
  const Value* get(std::string_view key) const;
};

struct Member {
  std::string first;
  Value second;
};

struct Error {
  std::string msg;   // "Expecting ',' delimiter: line 1 column 4 (char 3)"
  size_t pos = 0;    // in code points
};

// Parses the whole text (JSON whitespace around it allowed). max_depth bounds
// nesting (CPython's limit is the recursion limit: RecursionError there).
bool parse(std::string_view text, Value& out, Error& err, int max_depth = 500);

}  // namespace ts::py::json
