// The JVM instruction set (JVMS chapter 6), declared once as an X-macro table. The structural code
// check, and anything else that needs instruction lengths, names or stack effects, derives its
// tables from this list.
#pragma once

#include <array>
#include <cstdint>

namespace islet::classfile {

// X(mnemonic, opcode, length, pops, pushes)
//   length: bytes including the opcode; 0 = variable (tableswitch, lookupswitch, wide).
//   pops/pushes: operand-stack slots (long and double take two); -1 = depends on the
//   constant-pool operand (field and invoke instructions, multianewarray).
#define ISLET_BYTECODES(X)            \
  X(nop, 0x00, 1, 0, 0)               \
  X(aconst_null, 0x01, 1, 0, 1)       \
  X(iconst_m1, 0x02, 1, 0, 1)         \
  X(iconst_0, 0x03, 1, 0, 1)          \
  X(iconst_1, 0x04, 1, 0, 1)          \
  X(iconst_2, 0x05, 1, 0, 1)          \
  X(iconst_3, 0x06, 1, 0, 1)          \
  X(iconst_4, 0x07, 1, 0, 1)          \
  X(iconst_5, 0x08, 1, 0, 1)          \
  X(lconst_0, 0x09, 1, 0, 2)          \
  X(lconst_1, 0x0a, 1, 0, 2)          \
  X(fconst_0, 0x0b, 1, 0, 1)          \
  X(fconst_1, 0x0c, 1, 0, 1)          \
  X(fconst_2, 0x0d, 1, 0, 1)          \
  X(dconst_0, 0x0e, 1, 0, 2)          \
  X(dconst_1, 0x0f, 1, 0, 2)          \
  X(bipush, 0x10, 2, 0, 1)            \
  X(sipush, 0x11, 3, 0, 1)            \
  X(ldc, 0x12, 2, 0, 1)               \
  X(ldc_w, 0x13, 3, 0, 1)             \
  X(ldc2_w, 0x14, 3, 0, 2)            \
  X(iload, 0x15, 2, 0, 1)             \
  X(lload, 0x16, 2, 0, 2)             \
  X(fload, 0x17, 2, 0, 1)             \
  X(dload, 0x18, 2, 0, 2)             \
  X(aload, 0x19, 2, 0, 1)             \
  X(iload_0, 0x1a, 1, 0, 1)           \
  X(iload_1, 0x1b, 1, 0, 1)           \
  X(iload_2, 0x1c, 1, 0, 1)           \
  X(iload_3, 0x1d, 1, 0, 1)           \
  X(lload_0, 0x1e, 1, 0, 2)           \
  X(lload_1, 0x1f, 1, 0, 2)           \
  X(lload_2, 0x20, 1, 0, 2)           \
  X(lload_3, 0x21, 1, 0, 2)           \
  X(fload_0, 0x22, 1, 0, 1)           \
  X(fload_1, 0x23, 1, 0, 1)           \
  X(fload_2, 0x24, 1, 0, 1)           \
  X(fload_3, 0x25, 1, 0, 1)           \
  X(dload_0, 0x26, 1, 0, 2)           \
  X(dload_1, 0x27, 1, 0, 2)           \
  X(dload_2, 0x28, 1, 0, 2)           \
  X(dload_3, 0x29, 1, 0, 2)           \
  X(aload_0, 0x2a, 1, 0, 1)           \
  X(aload_1, 0x2b, 1, 0, 1)           \
  X(aload_2, 0x2c, 1, 0, 1)           \
  X(aload_3, 0x2d, 1, 0, 1)           \
  X(iaload, 0x2e, 1, 2, 1)            \
  X(laload, 0x2f, 1, 2, 2)            \
  X(faload, 0x30, 1, 2, 1)            \
  X(daload, 0x31, 1, 2, 2)            \
  X(aaload, 0x32, 1, 2, 1)            \
  X(baload, 0x33, 1, 2, 1)            \
  X(caload, 0x34, 1, 2, 1)            \
  X(saload, 0x35, 1, 2, 1)            \
  X(istore, 0x36, 2, 1, 0)            \
  X(lstore, 0x37, 2, 2, 0)            \
  X(fstore, 0x38, 2, 1, 0)            \
  X(dstore, 0x39, 2, 2, 0)            \
  X(astore, 0x3a, 2, 1, 0)            \
  X(istore_0, 0x3b, 1, 1, 0)          \
  X(istore_1, 0x3c, 1, 1, 0)          \
  X(istore_2, 0x3d, 1, 1, 0)          \
  X(istore_3, 0x3e, 1, 1, 0)          \
  X(lstore_0, 0x3f, 1, 2, 0)          \
  X(lstore_1, 0x40, 1, 2, 0)          \
  X(lstore_2, 0x41, 1, 2, 0)          \
  X(lstore_3, 0x42, 1, 2, 0)          \
  X(fstore_0, 0x43, 1, 1, 0)          \
  X(fstore_1, 0x44, 1, 1, 0)          \
  X(fstore_2, 0x45, 1, 1, 0)          \
  X(fstore_3, 0x46, 1, 1, 0)          \
  X(dstore_0, 0x47, 1, 2, 0)          \
  X(dstore_1, 0x48, 1, 2, 0)          \
  X(dstore_2, 0x49, 1, 2, 0)          \
  X(dstore_3, 0x4a, 1, 2, 0)          \
  X(astore_0, 0x4b, 1, 1, 0)          \
  X(astore_1, 0x4c, 1, 1, 0)          \
  X(astore_2, 0x4d, 1, 1, 0)          \
  X(astore_3, 0x4e, 1, 1, 0)          \
  X(iastore, 0x4f, 1, 3, 0)           \
  X(lastore, 0x50, 1, 4, 0)           \
  X(fastore, 0x51, 1, 3, 0)           \
  X(dastore, 0x52, 1, 4, 0)           \
  X(aastore, 0x53, 1, 3, 0)           \
  X(bastore, 0x54, 1, 3, 0)           \
  X(castore, 0x55, 1, 3, 0)           \
  X(sastore, 0x56, 1, 3, 0)           \
  X(pop, 0x57, 1, 1, 0)               \
  X(pop2, 0x58, 1, 2, 0)              \
  X(dup, 0x59, 1, 1, 2)               \
  X(dup_x1, 0x5a, 1, 2, 3)            \
  X(dup_x2, 0x5b, 1, 3, 4)            \
  X(dup2, 0x5c, 1, 2, 4)              \
  X(dup2_x1, 0x5d, 1, 3, 5)           \
  X(dup2_x2, 0x5e, 1, 4, 6)           \
  X(swap, 0x5f, 1, 2, 2)              \
  X(iadd, 0x60, 1, 2, 1)              \
  X(ladd, 0x61, 1, 4, 2)              \
  X(fadd, 0x62, 1, 2, 1)              \
  X(dadd, 0x63, 1, 4, 2)              \
  X(isub, 0x64, 1, 2, 1)              \
  X(lsub, 0x65, 1, 4, 2)              \
  X(fsub, 0x66, 1, 2, 1)              \
  X(dsub, 0x67, 1, 4, 2)              \
  X(imul, 0x68, 1, 2, 1)              \
  X(lmul, 0x69, 1, 4, 2)              \
  X(fmul, 0x6a, 1, 2, 1)              \
  X(dmul, 0x6b, 1, 4, 2)              \
  X(idiv, 0x6c, 1, 2, 1)              \
  X(ldiv, 0x6d, 1, 4, 2)              \
  X(fdiv, 0x6e, 1, 2, 1)              \
  X(ddiv, 0x6f, 1, 4, 2)              \
  X(irem, 0x70, 1, 2, 1)              \
  X(lrem, 0x71, 1, 4, 2)              \
  X(frem, 0x72, 1, 2, 1)              \
  X(drem, 0x73, 1, 4, 2)              \
  X(ineg, 0x74, 1, 1, 1)              \
  X(lneg, 0x75, 1, 2, 2)              \
  X(fneg, 0x76, 1, 1, 1)              \
  X(dneg, 0x77, 1, 2, 2)              \
  X(ishl, 0x78, 1, 2, 1)              \
  X(lshl, 0x79, 1, 3, 2)              \
  X(ishr, 0x7a, 1, 2, 1)              \
  X(lshr, 0x7b, 1, 3, 2)              \
  X(iushr, 0x7c, 1, 2, 1)             \
  X(lushr, 0x7d, 1, 3, 2)             \
  X(iand, 0x7e, 1, 2, 1)              \
  X(land, 0x7f, 1, 4, 2)              \
  X(ior, 0x80, 1, 2, 1)               \
  X(lor, 0x81, 1, 4, 2)               \
  X(ixor, 0x82, 1, 2, 1)              \
  X(lxor, 0x83, 1, 4, 2)              \
  X(iinc, 0x84, 3, 0, 0)              \
  X(i2l, 0x85, 1, 1, 2)               \
  X(i2f, 0x86, 1, 1, 1)               \
  X(i2d, 0x87, 1, 1, 2)               \
  X(l2i, 0x88, 1, 2, 1)               \
  X(l2f, 0x89, 1, 2, 1)               \
  X(l2d, 0x8a, 1, 2, 2)               \
  X(f2i, 0x8b, 1, 1, 1)               \
  X(f2l, 0x8c, 1, 1, 2)               \
  X(f2d, 0x8d, 1, 1, 2)               \
  X(d2i, 0x8e, 1, 2, 1)               \
  X(d2l, 0x8f, 1, 2, 2)               \
  X(d2f, 0x90, 1, 2, 1)               \
  X(i2b, 0x91, 1, 1, 1)               \
  X(i2c, 0x92, 1, 1, 1)               \
  X(i2s, 0x93, 1, 1, 1)               \
  X(lcmp, 0x94, 1, 4, 1)              \
  X(fcmpl, 0x95, 1, 2, 1)             \
  X(fcmpg, 0x96, 1, 2, 1)             \
  X(dcmpl, 0x97, 1, 4, 1)             \
  X(dcmpg, 0x98, 1, 4, 1)             \
  X(ifeq, 0x99, 3, 1, 0)              \
  X(ifne, 0x9a, 3, 1, 0)              \
  X(iflt, 0x9b, 3, 1, 0)              \
  X(ifge, 0x9c, 3, 1, 0)              \
  X(ifgt, 0x9d, 3, 1, 0)              \
  X(ifle, 0x9e, 3, 1, 0)              \
  X(if_icmpeq, 0x9f, 3, 2, 0)         \
  X(if_icmpne, 0xa0, 3, 2, 0)         \
  X(if_icmplt, 0xa1, 3, 2, 0)         \
  X(if_icmpge, 0xa2, 3, 2, 0)         \
  X(if_icmpgt, 0xa3, 3, 2, 0)         \
  X(if_icmple, 0xa4, 3, 2, 0)         \
  X(if_acmpeq, 0xa5, 3, 2, 0)         \
  X(if_acmpne, 0xa6, 3, 2, 0)         \
  X(goto_, 0xa7, 3, 0, 0)             \
  X(jsr, 0xa8, 3, 0, 1)               \
  X(ret, 0xa9, 2, 0, 0)               \
  X(tableswitch, 0xaa, 0, 1, 0)       \
  X(lookupswitch, 0xab, 0, 1, 0)      \
  X(ireturn, 0xac, 1, 1, 0)           \
  X(lreturn, 0xad, 1, 2, 0)           \
  X(freturn, 0xae, 1, 1, 0)           \
  X(dreturn, 0xaf, 1, 2, 0)           \
  X(areturn, 0xb0, 1, 1, 0)           \
  X(return_, 0xb1, 1, 0, 0)           \
  X(getstatic, 0xb2, 3, -1, -1)       \
  X(putstatic, 0xb3, 3, -1, -1)       \
  X(getfield, 0xb4, 3, -1, -1)        \
  X(putfield, 0xb5, 3, -1, -1)        \
  X(invokevirtual, 0xb6, 3, -1, -1)   \
  X(invokespecial, 0xb7, 3, -1, -1)   \
  X(invokestatic, 0xb8, 3, -1, -1)    \
  X(invokeinterface, 0xb9, 5, -1, -1) \
  X(invokedynamic, 0xba, 5, -1, -1)   \
  X(new_, 0xbb, 3, 0, 1)              \
  X(newarray, 0xbc, 2, 1, 1)          \
  X(anewarray, 0xbd, 3, 1, 1)         \
  X(arraylength, 0xbe, 1, 1, 1)       \
  X(athrow, 0xbf, 1, 1, 0)            \
  X(checkcast, 0xc0, 3, 1, 1)         \
  X(instanceof, 0xc1, 3, 1, 1)        \
  X(monitorenter, 0xc2, 1, 1, 0)      \
  X(monitorexit, 0xc3, 1, 1, 0)       \
  X(wide, 0xc4, 0, 0, 0)              \
  X(multianewarray, 0xc5, 4, -1, 1)   \
  X(ifnull, 0xc6, 3, 1, 0)            \
  X(ifnonnull, 0xc7, 3, 1, 0)         \
  X(goto_w, 0xc8, 5, 0, 0)            \
  X(jsr_w, 0xc9, 5, 0, 1)

// Mnemonics that collide with C++ keywords carry a trailing underscore (goto_, return_, new_).
enum class Opcode : uint8_t {
#define ISLET_OPCODE_ENUM(mnemonic, value, length, pops, pushes) mnemonic = value,
  ISLET_BYTECODES(ISLET_OPCODE_ENUM)
#undef ISLET_OPCODE_ENUM
};

struct OpcodeInfo {
  const char* name = nullptr;  // null: not an instruction a class file may contain
  uint8_t length = 0;
  int8_t pops = 0;
  int8_t pushes = 0;
};

namespace detail {
constexpr std::array<OpcodeInfo, 256> make_opcode_table() {
  std::array<OpcodeInfo, 256> table{};
#define ISLET_OPCODE_ROW(mnemonic, value, length, pops, pushes) \
  table[value] = OpcodeInfo{#mnemonic, length, pops, pushes};
  ISLET_BYTECODES(ISLET_OPCODE_ROW)
#undef ISLET_OPCODE_ROW
  return table;
}
}  // namespace detail

// Indexed by opcode byte. 0xca (breakpoint), 0xfe/0xff (impdep) and 0xcb-0xfd are reserved and
// have a null name: they never appear in a valid class file.
inline constexpr std::array<OpcodeInfo, 256> kOpcodeTable = detail::make_opcode_table();

inline const OpcodeInfo& opcode_info(uint8_t opcode) { return kOpcodeTable[opcode]; }

}  // namespace islet::classfile
