// time.gmtime() and time.strftime() as CPython 3.11 on glibc shows them,
// for virtual seconds since the epoch (UTC). %Z prints "GMT" and %z "+0000",
// as time.strftime(fmt, time.gmtime(t)) does.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace ts::py {

// Python's struct_time fields (tm_mon 1..12, tm_wday 0 = Monday, tm_yday 1..366).
struct StructTime {
  int64_t tm_year = 1970;
  int tm_mon = 1, tm_mday = 1, tm_hour = 0, tm_min = 0, tm_sec = 0;
  int tm_wday = 3, tm_yday = 1, tm_isdst = 0;
};

StructTime gmtime(int64_t secs);           // time.gmtime(secs)
StructTime gmtime_float(double secs);      // floor of secs, as time.gmtime(float)
// time.strftime(fmt, t): glibc's C-locale strftime incl. flags (- _ 0 ^ #),
// widths and E/O modifiers; unknown directives are copied through.
std::string strftime(std::string_view fmt, const StructTime& t);
// time.asctime(t) / time.ctime(secs): "Thu Jan  1 00:00:00 1970".
std::string asctime(const StructTime& t);

}  // namespace ts::py
