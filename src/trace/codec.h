// A trace as bytes, to carry a run from where it was computed to where it is
// drawn: the page runs a scenario in a Web Worker (so a runaway script never
// freezes the tab) and the worker hands the page its trace this way.
//
// The bytes are the recording calls (replay.h) that made the trace, not its
// derived views: decoding makes the same calls on a fresh Trace, so the
// segments, stays and counters are derived exactly as when it was recorded.
// Little-endian; integers as LEB128 varints, times as IEEE doubles.
#pragma once
#include <string>
#include <string_view>

#include "trace/trace.h"

namespace ts::trace {

std::string encode(const Trace& tr);

// Replaces `out` with the trace in `bytes`. False (and `err` says why: bad
// magic, truncated, an id out of range) on anything encode did not write.
bool decode(std::string_view bytes, Trace& out, std::string& err);

}  // namespace ts::trace
