// Two runs side by side: what differs between their scenarios, in words, and
// the comparison as a table (trace/compare.h) for the page's Compare tab and
// `turnstile compare`.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "trace/compare.h"

namespace ts::app {

// What changed from scenario A to scenario B: the top-level constants whose
// values differ when that is all ("CONCURRENCY 3 -> 10", a choice by its
// name: "STRATEGY asyncio -> threads"), else the lines that differ ("the
// code: lines 7, 12"), and the seed ("seed 0 -> 1"), joined by "; ";
// "nothing: the same scenario" when neither does.
std::string describe_difference(std::string_view code_a, int64_t seed_a, std::string_view code_b, int64_t seed_b);

// The comparison as CSV: what,A,B,change (the page's table, row for row).
std::string compare_csv(const std::vector<trace::CompareRow>& rows);

}  // namespace ts::app
