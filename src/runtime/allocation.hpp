// Allocation of Java objects and arrays on the isolate's heap. Every function returns null with a
// pending exception (OutOfMemoryError, NegativeArraySizeException) when it cannot allocate.
#pragma once

#include <cstdint>

#include "runtime/klass.hpp"
#include "runtime/object.hpp"

namespace islet::runtime {

class VMThread;

// A new instance of `klass` with all fields zero. The class must be linked; initialization is
// the caller's business (the `new` bytecode initializes first, mirrors are created without it).
Object* new_instance(VMThread* thread, Class* klass);

// A new array of `array_class` (an array Class) with `length` zeroed elements.
ArrayObject* new_array(VMThread* thread, Class* array_class, int32_t length);
ArrayObject* new_primitive_array(VMThread* thread, BasicType element_type, int32_t length);
ArrayObject* new_object_array(VMThread* thread, Class* element_class, int32_t length);

// A shallow copy of `original` (Object.clone for arrays and Cloneable instances).
Object* clone_object(VMThread* thread, Object* original);

// Bytes an object of this class (or array of this length) occupies.
size_t instance_bytes(const Class* klass);
size_t array_bytes(const Class* array_class, int32_t length);

// Element size in bytes (log2) of a basic type as stored in arrays.
uint8_t element_size_log2(BasicType type);

}  // namespace islet::runtime
