// Interpreter frames on a thread's Java stack.
//
// Layout, growing upwards:   [ locals (max_locals slots) ][ Frame ][ operand stack (max_stack) ]
// A caller leaves the arguments on top of its operand stack; they become the callee's first
// locals in place (no copying). The result is written where the arguments began. Native
// methods get a Frame too (no operand stack), so stack traces and handle scopes see them.
#pragma once

#include <cstdint>

#include "runtime/klass.hpp"
#include "runtime/value.hpp"

namespace islet::interp {

using runtime::Method;
using runtime::Object;
using runtime::Slot;

struct Frame {
  Method* method;
  Frame* caller;
  Slot* locals;
  const uint8_t* pc;  // saved bytecode pointer while this frame calls out (or throws)
  Slot* sp;           // saved operand stack top (one past the last pushed slot)
  Object* locked;     // receiver or class mirror locked by a synchronized method, else null
  uint32_t flags;

  static constexpr uint32_t kEntryFrame = 1;  // called from C++: returning leaves the interpreter

  Slot* stack_base() { return reinterpret_cast<Slot*>(this + 1); }
  bool is_entry() const { return flags & kEntryFrame; }
  uint32_t bci() const { return static_cast<uint32_t>(pc - method->code.get()); }
};
static_assert(sizeof(Frame) % sizeof(Slot) == 0);
constexpr uint32_t kFrameSlots = sizeof(Frame) / sizeof(Slot);

}  // namespace islet::interp
