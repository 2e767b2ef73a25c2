// Native methods implemented in C through JNI: linking a method to its function (a library
// symbol with JNI's mangled name, or RegisterNatives) and calling it, directly through a generic
// function-pointer shape when the signature fits in argument registers, else with libffi.
#pragma once

#include <ffi.h>

#include <memory>
#include <string>
#include <vector>

#include "jni/environment.hpp"
#include "runtime/klass.hpp"

namespace islet::jni {

// How a call reaches the C function (see native_methods.cpp, "Direct calls").
enum class CallPath : uint8_t {
  DirectIntegers,  // every argument in an integer register
  DirectMixed,     // integer and SSE registers
  DirectStack,     // registers and up to kDirectStackWords words of stack
  Libffi,          // anything else (longer signatures, other ABIs)
};

// Where a direct call passes an argument.
enum class ArgumentPlace : uint8_t { IntegerRegister, SseRegister, Stack };

// One Java parameter of a native method: where the interpreter holds it and, for direct calls,
// where it travels (the index among the integer registers, SSE registers or stack words).
struct NativeArgument {
  classfile::BasicType type;
  ArgumentPlace place;
  uint8_t index;
  uint16_t local;  // index of its slot among the method's locals
};

struct NativeLink {
  void* function = nullptr;
  bool is_static = false;
  CallPath path = CallPath::Libffi;
  bool returns_floating = false;  // float or double: the result is in an SSE register
  std::vector<NativeArgument> arguments;  // Java parameters, receiver excluded
  classfile::BasicType return_type = classfile::BasicType::Void;
  std::vector<ffi_type*> ffi_arguments;  // libffi: JNIEnv*, jobject/jclass, then the parameters
  ffi_cif cif;
};

// The interpreter's NativeFunction for every JNI-linked method: converts the Java arguments,
// calls the C function outside the VM (in a SafeRegion) within a fresh local-handle frame, and
// converts the result back.
runtime::Slot call_jni_native(VMThread* thread, runtime::Slot* args);

// Links `method` to a function of a loaded library (short mangled name first, then the long
// one). Returns call_jni_native, or null with UnsatisfiedLinkError pending.
runtime::NativeFunction link_native(VMThread* thread, Method* method);

// RegisterNatives for one method. False if the method is not native (caller throws).
void bind_function(VMThread* thread, Method* method, void* function);
// -verbose:jni: "[debug][jni,resolve] [<what><Class>.<method><suffix>]" on standard output.
void log_linking(VMThread* thread, const Method* method, const char* what, const char* suffix);
// UnregisterNatives: the method links again (by name) on its next call.
void unbind(Method* method);

// JNI's mangling of a class, method or descriptor name ("_1" for '_', "_0xxxx" for others...).
std::string mangle(std::string_view modified_utf8, bool is_descriptor);
std::string short_native_name(const Method* method);
std::string long_native_name(const Method* method);

}  // namespace islet::jni
