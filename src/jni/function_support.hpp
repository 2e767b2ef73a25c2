// Shared by the files that implement the JNI function table: how each group registers its
// functions, and helpers for calling Java and throwing from a JNI function.
#pragma once

#include <cstdio>
#include <span>
#include <string_view>

#include "jni.h"
#include "jni/environment.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/isolate.hpp"
#include "runtime/safepoint.hpp"
#include "runtime/value.hpp"

namespace islet::jni {

using runtime::Object;
using runtime::Slot;
using runtime::ThreadInVM;
using runtime::WellKnown;

// Each functions_*.cpp fills its slots of the table (function_table.cpp assembles it).
void fill_class_and_object_functions(JNINativeInterface_& table);
void fill_call_functions(JNINativeInterface_& table);
void fill_field_functions(JNINativeInterface_& table);
void fill_string_functions(JNINativeInterface_& table);
void fill_array_functions(JNINativeInterface_& table);

// Calls a Java method from a JNI function. An exception pending before the call is set aside
// for its duration (the interpreter must start clean) and is pending again afterwards unless
// the call threw a new one. `dispatch`: select the receiver's override (args[0]).
Slot call_java(VMThread* thread, Method* method, std::span<const Slot> args, bool dispatch);

// Throws `which` with `message` on behalf of a JNI function.
inline void throw_jni(VMThread* thread, WellKnown which, std::string_view message) {
  runtime::throw_new(thread, which, message);
}
// The same for a class-library throwable the VM does not know by name ("java/lang/...").
void throw_jni(VMThread* thread, const char* class_name, std::string_view message);
void throw_jni_no_message(VMThread* thread, const char* class_name);

// A java.lang.String from JNI's modified UTF-8 (NewStringUTF, ThrowNew messages). Malformed bytes
// decode as HotSpot decodes them: each byte that does not start a valid sequence is the char of
// the same value. Null (OutOfMemoryError pending) if the string cannot be allocated.
Object* new_string_from_jni_utf(VMThread* thread, const char* utf);

// Fatal JNI errors (FatalError, -Xcheck:jni): "FATAL ERROR in native method: <message>" and the
// thread's Java stack on standard output, as HotSpot prints them, then the isolate's abort
// hook (VMOptions::abort_hook) and abort(). A null thread prints no stack.
[[noreturn]] void fatal_error(VMThread* thread, std::string_view message);
// "WARNING in native method: <message>" and the Java stack; the program goes on.
void warn(VMThread* thread, std::string_view message);
[[noreturn]] void abort_vm(Isolate* isolate);
// "\tat Cls.method(File.java:12)" for every frame of the thread's Java stack.
void print_java_stack(VMThread* thread, std::FILE* out);

inline jmethodID to_id(Method* method) { return reinterpret_cast<jmethodID>(method); }
inline Method* from_id(jmethodID id) { return reinterpret_cast<Method*>(id); }
inline jfieldID to_id(runtime::Field* field) { return reinterpret_cast<jfieldID>(field); }
inline runtime::Field* from_id(jfieldID id) { return reinterpret_cast<runtime::Field*>(id); }

}  // namespace islet::jni
