// Conversions between Java values and islet::nfi Values, for arguments going to native code and
// results (and callback arguments) coming back. The Java side has already unwrapped
// org.graalvm.polyglot.Value arguments and turned big unsigned numbers into NativeObjects.
//
//   Java -> nfi: null; Byte/Short/Integer/Long; Float; Double; Character and String (UTF-8);
//   NativeObject (POINTER, NATIVE_STRING, UNSIGNED, HANDLE); primitive arrays (lent to the call:
//   the collector does not move objects, so native code reads and writes the Java array in
//   place); Object[] (the fields of a STRUCT); ProxyExecutable (a callable, a function pointer
//   where the signature expects one); any other object (an OBJECT handle).
//   nfi -> Java: null; Long; Float; Double (FP80 rounded to double); NativeObject; String; the
//   Java object behind an OBJECT handle, callable or array.
#pragma once

#include <memory>
#include <stdexcept>

#include "islet/nfi.hpp"
#include "polyglot/isolate_state.hpp"

namespace islet::polyglot {

// A Java exception that must cross native frames: the NFI parks it while C code returns and
// rethrows it when the downcall that led to the callback returns.
class JavaThrow : public std::runtime_error {
 public:
  explicit JavaThrow(std::shared_ptr<JavaRef> throwable)
      : std::runtime_error("Java exception in a callback"), throwable_(std::move(throwable)) {}
  Object* throwable() const { return throwable_->object(); }

 private:
  std::shared_ptr<JavaRef> throwable_;
};

// Takes the thread's pending exception into a JavaThrow.
[[noreturn]] void throw_pending(VMThread* thread, PolyglotIsolate& state);

// The callback error handler of the isolate's NFI contexts, for failures on a thread with no
// downcall to rethrow them into (a foreign thread): a Java exception is reported as uncaught in
// that thread, as when an exception ends a Java thread; anything else is rethrown, for the NFI's
// own report.
void report_callback_failure(const std::shared_ptr<runtime::IsolateGate>& gate, std::exception_ptr error);

// What a conversion needs: the thread, the isolate's state and the Java Context that owns the
// values (callbacks wrap their arguments in it).
struct Marshaller {
  VMThread* thread;
  PolyglotIsolate& state;
  Object* context;

  nfi::Value to_nfi(Object* object) const;
  // Null with a pending exception only when allocation fails.
  Object* to_java(const nfi::Value& value) const;
  Object* new_native_object(int kind, int64_t bits) const;
};

// NativeObject kinds (classlib/org/graalvm/polyglot/NativeObject.java).
enum NativeObjectKind : int32_t { kPointer = 1, kNativeString = 2, kUnsigned = 3, kHandle = 4 };

// The nfi::Value behind a HANDLE.
inline nfi::Value& handle_value(int64_t handle) { return *reinterpret_cast<nfi::Value*>(handle); }

}  // namespace islet::polyglot
