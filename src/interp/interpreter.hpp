// The bytecode interpreter's entry points. Java-to-Java calls stay inside one interpreter loop
// (frames are pushed on the Java stack, not the C++ stack); C++ enters Java through call_method.
#pragma once

#include <initializer_list>
#include <span>

#include "runtime/klass.hpp"
#include "runtime/value.hpp"

namespace islet::runtime {
class VMThread;
}

namespace islet::interp {

using runtime::Method;
using runtime::Slot;
using runtime::VMThread;

// Calls `method` (static, or exactly this implementation for instance methods: no dispatch)
// with `args` (receiver first). Returns the result (zero for void); on a Java exception the
// thread's pending exception is set and the returned value is meaningless.
Slot call_method(VMThread* thread, Method* method, std::span<const Slot> args);
inline Slot call_method(VMThread* thread, Method* method, std::initializer_list<Slot> args) {
  return call_method(thread, method, std::span<const Slot>(args.begin(), args.size()));
}

// Virtual call from C++: selects the implementation for the receiver (args[0]) first.
Slot call_virtual(VMThread* thread, Method* method, std::span<const Slot> args);
inline Slot call_virtual(VMThread* thread, Method* method, std::initializer_list<Slot> args) {
  return call_virtual(thread, method, std::span<const Slot>(args.begin(), args.size()));
}

}  // namespace islet::interp
