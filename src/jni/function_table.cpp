// The JNI function table every JNIEnv points to, assembled once from the functions_*.cpp groups.
// Every slot after the four reserved ones is filled; a missing one stops the VM at first use
// rather than letting native code call through NULL.
#include <cstdio>
#include <cstdlib>

#include "jni/function_support.hpp"
#include "runtime/isolate.hpp"

namespace islet::jni {

namespace {

JNINativeInterface_ build_native_interface() {
  JNINativeInterface_ table{};
  fill_class_and_object_functions(table);
  fill_call_functions(table);
  fill_field_functions(table);
  fill_string_functions(table);
  fill_array_functions(table);
  auto* slots = reinterpret_cast<void* const*>(&table);
  constexpr size_t kReserved = 4;
  for (size_t i = kReserved; i < sizeof(table) / sizeof(void*); ++i) {
    if (slots[i] == nullptr) {
      std::fprintf(stderr, "islet: JNI function table slot %zu is empty\n", i);
      std::abort();
    }
  }
  return table;
}

}  // namespace

const JNINativeInterface_* native_interface() {
  static const JNINativeInterface_ table = build_native_interface();
  return &table;
}

const JNINativeInterface_* native_interface(const Isolate* isolate) {
  return isolate->options().jni.check ? checked_interface() : native_interface();
}

}  // namespace islet::jni
