// The opcode table generated from bytecodes.def.
#include "interp/bytecodes.hpp"

namespace islet::interp {

namespace {
constexpr std::array<BytecodeInfo, 256> make_table() {
  std::array<BytecodeInfo, 256> table{};
#define BYTECODE(name, code, length, effect) table[code] = BytecodeInfo{#name, length};
#include "interp/bytecodes.def"
#undef BYTECODE
  return table;
}
}  // namespace

const std::array<BytecodeInfo, 256> kBytecodes = make_table();

}  // namespace islet::interp
