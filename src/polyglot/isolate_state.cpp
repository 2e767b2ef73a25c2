// The per-isolate polyglot state (held by the Isolate), its GC-root table, and the thread binding
// of its NFI contexts.
#include "polyglot/isolate_state.hpp"

#include <string_view>

#include "invocation/foreign_threads.hpp"
#include "runtime/class_loader.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/isolate.hpp"
#include "runtime/resolver.hpp"
#include "runtime/vm_thread.hpp"

namespace islet::polyglot {

namespace {

// A thread's identity for the NFI is its VMThread in the isolate; attaching and detaching on
// trufflenfi.h's request are the automatic attachment of foreign threads.
class VMThreadBinding final : public nfi::ThreadBinding {
 public:
  explicit VMThreadBinding(std::shared_ptr<runtime::IsolateGate> gate) : gate_(std::move(gate)) {}
  const void* current_thread() const override { return invocation::current_thread(*gate_); }
  const void* attach_current_thread() const override { return invocation::attach_automatically(gate_); }
  void detach_current_thread() const override { invocation::detach_if_automatic(gate_); }
  bool is_attached(const void* identity) const override {
    runtime::IsolateGate::Pass pass = gate_->enter();
    return pass && pass.isolate()->safepoints().contains(static_cast<const VMThread*>(identity));
  }

 private:
  std::shared_ptr<runtime::IsolateGate> gate_;
};

uint32_t field_offset(Class* klass, std::string_view name, std::string_view descriptor) {
  runtime::Field* field = klass ? klass->find_declared_field(name, descriptor) : nullptr;
  return field ? field->offset : 0;
}

}  // namespace

JavaRef::~JavaRef() { owner_->forget(this); }

PolyglotIsolate::PolyglotIsolate(Isolate* isolate)
    : isolate_(isolate),
      gate_(isolate->gate()),
      thread_binding_(std::make_shared<VMThreadBinding>(isolate->gate())) {}

std::shared_ptr<PolyglotIsolate> PolyglotIsolate::of(VMThread* thread) {
  Isolate* isolate = thread->isolate();
  if (std::shared_ptr<PolyglotIsolate> existing = isolate->polyglot()) return existing;
  auto state = std::make_shared<PolyglotIsolate>(isolate);
  if (!state->look_up_classes(thread)) return nullptr;
  return isolate->install_polyglot(std::move(state));  // another thread may have won the race
}

bool PolyglotIsolate::look_up_classes(VMThread* thread) {
  auto load = [&](const char* name) -> Class* {
    Class* klass = runtime::load_class(thread, isolate_->boot_loader(), name);
    if (klass != nullptr && !runtime::ensure_initialized(thread, klass)) return nullptr;
    return klass;
  };
  BridgeClasses& c = classes_;
  c.object_class = isolate_->well_known(runtime::WellKnown::Object);
  c.string_class = isolate_->well_known(runtime::WellKnown::String);
  c.long_class = isolate_->well_known(runtime::WellKnown::Long);
  c.integer_class = isolate_->well_known(runtime::WellKnown::Integer);
  c.short_class = isolate_->well_known(runtime::WellKnown::Short);
  c.byte_class = isolate_->well_known(runtime::WellKnown::Byte);
  c.character_class = isolate_->well_known(runtime::WellKnown::Character);
  c.float_class = isolate_->well_known(runtime::WellKnown::Float);
  c.double_class = isolate_->well_known(runtime::WellKnown::Double);
  for (Class* box : {c.long_class, c.integer_class, c.short_class, c.byte_class, c.character_class,
                     c.float_class, c.double_class}) {
    if (box == nullptr || !runtime::ensure_initialized(thread, box)) return false;
  }
  c.long_value = field_offset(c.long_class, "value", "J");
  c.integer_value = field_offset(c.integer_class, "value", "I");
  c.short_value = field_offset(c.short_class, "value", "S");
  c.byte_value = field_offset(c.byte_class, "value", "B");
  c.character_value = field_offset(c.character_class, "value", "C");
  c.float_value = field_offset(c.float_class, "value", "F");
  c.double_value = field_offset(c.double_class, "value", "D");

  c.native_object_class = load("org/graalvm/polyglot/NativeObject");
  c.proxy_executable = load("org/graalvm/polyglot/proxy/ProxyExecutable");
  c.polyglot_exception = load("org/graalvm/polyglot/PolyglotException");
  Class* bridge = load("org/graalvm/polyglot/NativeBridge");
  if (!c.native_object_class || !c.proxy_executable || !c.polyglot_exception || !bridge)
    return false;
  c.native_object_kind = field_offset(c.native_object_class, "kind", "I");
  c.native_object_bits = field_offset(c.native_object_class, "bits", "J");
  c.native_object_flags = field_offset(c.native_object_class, "flags", "I");
  c.polyglot_exception_kind = field_offset(c.polyglot_exception, "kind", "I");
  c.callback = bridge->find_declared_method(
      "callback",
      "(Lorg/graalvm/polyglot/Context;Lorg/graalvm/polyglot/proxy/ProxyExecutable;[Ljava/lang/"
      "Object;)Ljava/lang/Object;");
  if (c.callback == nullptr) {
    runtime::throw_new(thread, runtime::WellKnown::InternalError,
                       "org.graalvm.polyglot.NativeBridge.callback is missing");
    return false;
  }
  return true;
}

std::shared_ptr<JavaRef> PolyglotIsolate::reference(Object* object) {
  std::lock_guard lock(mutex_);
  Entry& entry = references_[object];
  if (std::shared_ptr<JavaRef> existing = entry.shared.lock()) return existing;
  auto created = std::make_shared<JavaRef>(shared_from_this(), object);
  entry.reference = created.get();
  entry.shared = created;
  return created;
}

size_t PolyglotIsolate::reference_count() {
  std::lock_guard lock(mutex_);
  return references_.size();
}

void PolyglotIsolate::forget(JavaRef* reference) {
  std::lock_guard lock(mutex_);
  auto found = references_.find(reference->object());
  // A newer JavaRef may have replaced this one after its count reached zero.
  if (found != references_.end() && found->second.reference == reference) references_.erase(found);
}

void PolyglotIsolate::mark(heap::Marker& marker) {
  // Holders of the lock never stop at a safepoint while holding it, and threads that are not
  // VM threads are not stopped at all, so waiting for it here cannot deadlock.
  std::lock_guard lock(mutex_);
  for (auto& [object, entry] : references_) marker.mark(object);
}

void mark_roots(Isolate* isolate, heap::Marker& marker) {
  if (std::shared_ptr<PolyglotIsolate> state = isolate->polyglot()) state->mark(marker);
}

}  // namespace islet::polyglot
