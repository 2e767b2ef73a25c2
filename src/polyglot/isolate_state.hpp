// PolyglotIsolate: what the nfi language keeps per isolate (owned by the Isolate, shared with the
// NFI data that refers to it) — the classes and field offsets its natives use, the table of Java
// objects that native-side NFI data refers to (OBJECT handles, Java callbacks, arrays lent to a
// call), the isolate's gate for callbacks that arrive on any thread, and the thread binding that
// gives each thread its own TruffleEnv. Entries of the table are GC roots: the collector calls
// polyglot::mark_roots (src/runtime/collector.cpp).
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <unordered_map>

#include "heap/heap.hpp"
#include "islet/nfi.hpp"
#include "runtime/isolate_gate.hpp"
#include "runtime/klass.hpp"
#include "runtime/object.hpp"

namespace islet::runtime {
class Isolate;
class VMThread;
}  // namespace islet::runtime

namespace islet::polyglot {

using runtime::Class;
using runtime::Isolate;
using runtime::Method;
using runtime::Object;
using runtime::VMThread;

class PolyglotIsolate;

// A counted, canonical reference from C++ to one Java object: while any JavaRef for an object
// lives, the object is a GC root. One JavaRef exists per object at a time, so two OBJECT
// handles made from the same Java object compare as the same object (isSameObject).
// It may be released on any thread (native code releases OBJECT handles where it likes).
class JavaRef {
 public:
  JavaRef(std::shared_ptr<PolyglotIsolate> owner, Object* object)
      : owner_(std::move(owner)), object_(object) {}
  ~JavaRef();
  JavaRef(const JavaRef&) = delete;
  JavaRef& operator=(const JavaRef&) = delete;

  Object* object() const { return object_; }
  PolyglotIsolate& owner() const { return *owner_; }

 private:
  std::shared_ptr<PolyglotIsolate> owner_;
  Object* object_;  // the collector never moves objects, so the address stays valid
};

// Library classes and field offsets the natives use; looked up once per isolate.
struct BridgeClasses {
  Class* object_class = nullptr;
  Class* string_class = nullptr;
  Class* long_class = nullptr;
  Class* integer_class = nullptr;
  Class* short_class = nullptr;
  Class* byte_class = nullptr;
  Class* character_class = nullptr;
  Class* float_class = nullptr;
  Class* double_class = nullptr;
  uint32_t long_value = 0, integer_value = 0, short_value = 0, byte_value = 0, character_value = 0,
           float_value = 0, double_value = 0;
  Class* native_object_class = nullptr;  // org.graalvm.polyglot.NativeObject
  uint32_t native_object_kind = 0, native_object_bits = 0, native_object_flags = 0;
  Class* proxy_executable = nullptr;  // org.graalvm.polyglot.proxy.ProxyExecutable
  Class* polyglot_exception = nullptr;
  uint32_t polyglot_exception_kind = 0;
  Method* callback = nullptr;  // NativeBridge.callback(Context, ProxyExecutable, Object[])
};

class PolyglotIsolate : public std::enable_shared_from_this<PolyglotIsolate> {
 public:
  explicit PolyglotIsolate(Isolate* isolate);

  // The state of the thread's isolate, created on first use together with the class lookups.
  // Null with a pending Java exception if a library class is missing.
  static std::shared_ptr<PolyglotIsolate> of(VMThread* thread);

  // NFI data may outlive the isolate (a C library keeps a callback): reach the isolate through
  // its gate, never through a stored Isolate*.
  const std::shared_ptr<runtime::IsolateGate>& gate() const { return gate_; }
  // What every nfi::Context of the isolate uses to give each thread its own TruffleEnv.
  std::shared_ptr<const nfi::ThreadBinding> thread_binding() const { return thread_binding_; }
  const BridgeClasses& classes() const { return classes_; }

  // The JavaRef of `object` (non-null), shared with every other holder.
  std::shared_ptr<JavaRef> reference(Object* object);
  size_t reference_count();

  // Marks every referenced object; called by the collector with the world stopped.
  void mark(heap::Marker& marker);

 private:
  friend class JavaRef;
  bool look_up_classes(VMThread* thread);
  void forget(JavaRef* reference);

  struct Entry {
    JavaRef* reference;
    std::weak_ptr<JavaRef> shared;
  };

  Isolate* isolate_;  // only while it is known to live (its class lookups)
  std::shared_ptr<runtime::IsolateGate> gate_;
  std::shared_ptr<const nfi::ThreadBinding> thread_binding_;
  BridgeClasses classes_;
  std::mutex mutex_;  // never held across a safepoint or an allocation
  std::unordered_map<Object*, Entry> references_;
};

// The collector's hook: marks the Java objects NFI data refers to in `isolate`.
void mark_roots(Isolate* isolate, heap::Marker& marker);

}  // namespace islet::polyglot
