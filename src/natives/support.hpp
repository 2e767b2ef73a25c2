// Small helpers shared by the native-method implementations: mirrors, strings, null checks.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "runtime/allocation.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/isolate.hpp"
#include "runtime/klass.hpp"
#include "runtime/strings.hpp"
#include "runtime/vm_thread.hpp"

namespace islet::natives {

using runtime::Class;
using runtime::Isolate;
using runtime::Method;
using runtime::WellKnown;

// The Class behind a java.lang.Class mirror.
inline Class* class_of_mirror(VMThread* thread, Object* mirror) {
  return mirror->field_at<Class*>(thread->isolate()->offsets().class_vm_class);
}

inline bool null_check(VMThread* thread, Object* object) {
  if (object != nullptr) return true;
  runtime::throw_new_no_message(thread, WellKnown::NullPointerException);
  return false;
}

inline Object* java_string(VMThread* thread, const std::string& utf8) {
  return runtime::new_string_from_utf8(thread, utf8);
}

// A new byte[] holding `bytes` (null with OutOfMemoryError pending if it cannot be allocated).
inline Object* java_byte_array(VMThread* thread, const std::vector<uint8_t>& bytes) {
  runtime::ArrayObject* array = runtime::new_primitive_array(thread, runtime::BasicType::Byte,
                                                             static_cast<int32_t>(bytes.size()));
  if (array == nullptr) return nullptr;
  std::copy(bytes.begin(), bytes.end(), array->data<uint8_t>());
  return array;
}

}  // namespace islet::natives
