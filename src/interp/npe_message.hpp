// Helpful NullPointerException messages (JEP 358): the text HotSpot 17 computes for an NPE that
// the VM raised itself while executing one instruction, reproduced byte for byte.
//
// Design note. A message has two parts: what failed ("Cannot read field \"next\"") and, when
// the null can be traced, where it came from ("because \"this.head\" is null"). The origin is
// found by simulating the operand stack over the method's original bytecode, remembering for
// every stack slot which instruction pushed it, then describing that instruction (a local, a
// field path, an array element, a method's return value...). HotSpot's simulation has quirks
// that are part of its observable behaviour, and this one keeps them on purpose: states are
// merged only into instructions not yet simulated (a loop's back edge never changes what is
// known at the loop head), exception handlers start from nothing known, and only HotSpot's
// depth limit of five path elements is printed. Every rule here was observed on HotSpot 17;
// tests/unit/npe_fixtures/expected.txt holds the observations.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "classfile/class_file.hpp"

namespace islet::interp {

// One LocalVariableTable entry (JVMS 4.7.13), as far as naming a local needs it. A class
// compiled with `javac -g` has them; HotSpot then prints `name` instead of <localN>,
// <parameterN> or this for loads at bcis in [start_pc, start_pc + length).
struct LocalVariableName {
  uint16_t start_pc = 0;
  uint16_t length = 0;
  uint16_t slot = 0;
  std::string_view name;
};

// HotSpot-compatible helpful NPE message for the instruction at `bci` in `method` of `cf`,
// or std::nullopt when HotSpot would give no message (the instruction cannot throw an NPE,
// `bci` is not an instruction, or the method has no code). The NPE must have been raised
// implicitly by that instruction; explicitly constructed NPEs never get a computed message,
// and telling them apart is the caller's business. The text is in modified UTF-8, like the
// constant-pool names it quotes. Pure: no VM state, safe on unverified code.
std::optional<std::string> helpful_npe_message(const classfile::ClassFile& cf,
                                               const classfile::MethodInfo& method, uint32_t bci);

// The same, naming locals from a LocalVariableTable (entries in attribute order; the first
// entry covering the load wins, as in HotSpot).
std::optional<std::string> helpful_npe_message(const classfile::ClassFile& cf,
                                               const classfile::MethodInfo& method, uint32_t bci,
                                               std::span<const LocalVariableName> local_variables);

}  // namespace islet::interp
