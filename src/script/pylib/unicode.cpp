#include "script/pylib/unicode.h"

namespace ts::py::unicode {

namespace {
struct Record {
  uint16_t flags;
  int32_t upper, lower, title, fold;  // delta to the code point, or a kSpecial index (EXT_ flag)
  int8_t decimal;
  uint8_t category, width;  // kCategories / kWidths indexes
};
#include "unicode_db.inc"

const Record& record(uint32_t cp) {
  if (cp >= 0x110000) return kRecords[0];
  uint32_t block = kIndex1[cp >> kShift];
  return kRecords[kIndex2[(block << kShift) + (cp & ((1u << kShift) - 1))]];
}
bool has(uint32_t cp, uint16_t flag) { return (record(cp).flags & flag) != 0; }

// One of the record's mappings: a delta, or (ext_flag set) a kSpecial index.
void append_mapping(uint32_t cp, int32_t Record::*mapping, uint16_t ext_flag, std::u32string& out) {
  const Record& r = record(cp);
  int32_t value = r.*mapping;
  if (!(r.flags & ext_flag)) {
    out.push_back(char32_t(int64_t(cp) + value));
    return;
  }
  uint32_t n = kSpecial[value];
  for (uint32_t k = 1; k <= n; ++k) out.push_back(char32_t(kSpecial[value + k]));
}
}  // namespace

const char* category(uint32_t cp) { return kCategories[record(cp).category]; }
const char* east_asian_width(uint32_t cp) { return kWidths[record(cp).width]; }
bool is_alpha(uint32_t cp) { return has(cp, kAlpha); }
bool is_decimal(uint32_t cp) { return has(cp, kDecimal); }
bool is_digit(uint32_t cp) { return has(cp, kDigit); }
bool is_numeric(uint32_t cp) { return has(cp, kNumeric); }
bool is_space(uint32_t cp) { return has(cp, kSpace); }
bool is_printable(uint32_t cp) { return has(cp, kPrintable); }
bool is_upper(uint32_t cp) { return has(cp, kUpper); }
bool is_lower(uint32_t cp) { return has(cp, kLower); }
bool is_title(uint32_t cp) { return has(cp, kTitle); }
bool is_cased(uint32_t cp) { return has(cp, kUpper | kLower | kTitle); }
bool is_case_ignorable(uint32_t cp) { return has(cp, kCaseIgnorable); }
bool is_xid_start(uint32_t cp) { return has(cp, kXidStart); }
bool is_xid_continue(uint32_t cp) { return has(cp, kXidContinue); }
int decimal_value(uint32_t cp) { return record(cp).decimal; }

void append_upper(uint32_t cp, std::u32string& out) { append_mapping(cp, &Record::upper, kExtUpper, out); }
void append_lower(uint32_t cp, std::u32string& out) { append_mapping(cp, &Record::lower, kExtLower, out); }
void append_title(uint32_t cp, std::u32string& out) { append_mapping(cp, &Record::title, kExtTitle, out); }
void append_fold(uint32_t cp, std::u32string& out) { append_mapping(cp, &Record::fold, kExtFold, out); }

}  // namespace ts::py::unicode
