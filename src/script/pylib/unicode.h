// Character classes and case mappings, CPython 3.11's (Unicode 14.0): the
// table is generated at build time by scripts/gen_unicode.py, which asks the
// CPython that runs it, so every answer here is CPython's for one character.
// Used by str's methods, identifiers in the lexer, repr and int().
#pragma once
#include <cstdint>
#include <string>

namespace ts::py::unicode {

bool is_alpha(uint32_t cp);        // str.isalpha
bool is_decimal(uint32_t cp);      // str.isdecimal
bool is_digit(uint32_t cp);        // str.isdigit
bool is_numeric(uint32_t cp);      // str.isnumeric
bool is_space(uint32_t cp);        // str.isspace (also what split() and strip() drop)
bool is_printable(uint32_t cp);    // str.isprintable
bool is_upper(uint32_t cp);        // Lu + Other_Uppercase
bool is_lower(uint32_t cp);        // Ll + Other_Lowercase
bool is_title(uint32_t cp);        // Lt
bool is_cased(uint32_t cp);        // upper, lower or title
bool is_case_ignorable(uint32_t cp);
bool is_xid_start(uint32_t cp);    // may start an identifier ('_' included)
bool is_xid_continue(uint32_t cp);
int decimal_value(uint32_t cp);    // 0..9, or -1
const char* category(uint32_t cp);          // unicodedata.category: "Lu", "Nd", ...
const char* east_asian_width(uint32_t cp);  // unicodedata.east_asian_width: "N", "Na", "H", "W", "F", "A"

// Full case mappings (may be several characters: 'ß'.upper() == 'SS'),
// appended to out.
void append_upper(uint32_t cp, std::u32string& out);
void append_lower(uint32_t cp, std::u32string& out);
void append_title(uint32_t cp, std::u32string& out);
void append_fold(uint32_t cp, std::u32string& out);

}  // namespace ts::py::unicode
