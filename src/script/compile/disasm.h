// The bytecode listing of `turnstile dis FILE`: one line per instruction
// (source line, index, opcode, argument), then each nested code object.
#pragma once
#include <string>

#include "script/objects/code.h"

namespace ts::vm {

std::string disassemble(const Code& code);

}  // namespace ts::vm
