// Boxing and unboxing of primitive values through the java.lang wrapper classes, and primitive
// widening (JLS 5.1.2): shared by lambda adapters (indy.cpp), reflection and method handles.
#pragma once

#include "runtime/klass.hpp"
#include "runtime/value.hpp"

namespace islet::runtime {
class VMThread;
class Isolate;
}  // namespace islet::runtime

namespace islet::interp {

using runtime::BasicType;
using runtime::Class;
using runtime::Object;
using runtime::Slot;
using runtime::VMThread;

// The wrapper object for a primitive value (Integer.valueOf and friends, so caches are shared
// with Java code). Null with a pending exception on failure.
Object* box_value(VMThread* thread, BasicType type, Slot value);

// Reads the primitive out of a wrapper object. False (no exception) when `boxed` is not one of
// the eight wrappers.
bool unbox_value(VMThread* thread, Object* boxed, BasicType* type, Slot* out);

// The wrapper class of a primitive type (Integer for Int), loading it if needed.
Class* box_class_of(VMThread* thread, BasicType type);

// Primitive widening; identity when the types agree. Callers check that it is a widening.
Slot widen_primitive(BasicType from, BasicType to, Slot value);

// Whether `from` widens to `to` (identity included); boolean only converts to itself.
bool is_primitive_widening(BasicType from, BasicType to);

}  // namespace islet::interp
