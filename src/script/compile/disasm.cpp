#include "script/compile/disasm.h"

#include <cstdio>

namespace ts::vm {

std::string disassemble(const Code& code) {
  std::string out = "code " + code.qualname + "\n";
  for (size_t i = 0; i < code.code.size(); i++) {
    char buf[96];
    snprintf(buf, sizeof buf, "%4d %4zu %-22s %u\n", code.lines[i], i, op_name(code.code[i].op), code.code[i].arg);
    out += buf;
  }
  for (auto& c : code.consts)
    if (auto* sub = as<Code>(c)) out += disassemble(*sub);
  return out;
}

}  // namespace ts::vm
