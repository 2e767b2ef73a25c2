// Opcode enumeration and per-opcode facts generated from bytecodes.def.
#pragma once

#include <array>
#include <cstdint>

namespace islet::interp {

enum class Op : uint8_t {
#define BYTECODE(name, code, length, effect) name = code,
#include "interp/bytecodes.def"
#undef BYTECODE
};

struct BytecodeInfo {
  const char* name;  // null for opcodes that do not exist
  uint8_t length;    // 0 = variable
};

// Indexed by opcode byte.
extern const std::array<BytecodeInfo, 256> kBytecodes;

inline const char* bytecode_name(uint8_t op) {
  return kBytecodes[op].name ? kBytecodes[op].name : "<illegal>";
}

}  // namespace islet::interp
