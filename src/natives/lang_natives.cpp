// Natives of java.lang.Object, String, Runtime, Shutdown and java.lang.ref.Reference (Thread's
// are in thread_natives.cpp).
#include <unistd.h>

#include "natives/native_registry.hpp"
#include "natives/support.hpp"
#include "runtime/allocation.hpp"
#include "runtime/monitor.hpp"

namespace islet::natives {

namespace {

Object* object_get_class(VMThread*, Object* self) { return self->klass->mirror; }

int32_t object_hash_code(VMThread* thread, Object* self) { return runtime::identity_hash(thread, self); }

Object* object_clone(VMThread* thread, Object* self) {
  Class* cloneable = thread->isolate()->well_known(WellKnown::Cloneable);
  if (!self->klass->is_array() && !self->klass->is_subclass_of(cloneable)) {
    runtime::throw_new(thread, WellKnown::CloneNotSupportedException, self->klass->external_name());
    return nullptr;
  }
  return runtime::clone_object(thread, self);
}

void object_notify(VMThread* thread, Object* self) { runtime::monitor_notify(thread, self, false); }
void object_notify_all(VMThread* thread, Object* self) { runtime::monitor_notify(thread, self, true); }
void object_wait(VMThread* thread, Object* self, int64_t millis) { runtime::monitor_wait(thread, self, millis); }

Object* string_intern(VMThread* thread, Object* self) { return thread->isolate()->strings().intern(thread, self); }

int32_t runtime_available_processors(VMThread*, Object*) {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? static_cast<int32_t>(n) : 1;
}
int64_t runtime_free_memory(VMThread* thread, Object*) {
  heap::HeapStatistics stats = thread->isolate()->heap().statistics();
  return static_cast<int64_t>(stats.capacity_bytes - stats.used_bytes);
}
int64_t runtime_total_memory(VMThread* thread, Object*) {
  return static_cast<int64_t>(thread->isolate()->heap().statistics().capacity_bytes);
}
int64_t runtime_max_memory(VMThread* thread, Object*) {
  return static_cast<int64_t>(thread->isolate()->heap().max_bytes());
}
void runtime_gc(VMThread* thread, Object*) {
  thread->isolate()->collector().collect_garbage("System.gc()", false);
}
// The references the collector cleared since the last call, linked through pendingNext.
Object* reference_take_pending(VMThread* thread) {
  return thread->isolate()->collector().take_pending_references();
}

void shutdown_halt(VMThread* thread, int32_t status) { thread->isolate()->halt(status); }

constexpr NativeEntry kEntries[] = {
    {"java/lang/Object", "getClass", "()Ljava/lang/Class;", adapt<&object_get_class>()},
    {"java/lang/Object", "hashCode", "()I", adapt<&object_hash_code>()},
    {"java/lang/Object", "clone", "()Ljava/lang/Object;", adapt<&object_clone>()},
    {"java/lang/Object", "notify", "()V", adapt<&object_notify>()},
    {"java/lang/Object", "notifyAll", "()V", adapt<&object_notify_all>()},
    {"java/lang/Object", "wait0", "(J)V", adapt<&object_wait>()},
    {"java/lang/String", "intern", "()Ljava/lang/String;", adapt<&string_intern>()},
    {"java/lang/Runtime", "availableProcessors", "()I", adapt<&runtime_available_processors>()},
    {"java/lang/Runtime", "freeMemory", "()J", adapt<&runtime_free_memory>()},
    {"java/lang/Runtime", "totalMemory", "()J", adapt<&runtime_total_memory>()},
    {"java/lang/Runtime", "maxMemory", "()J", adapt<&runtime_max_memory>()},
    {"java/lang/Runtime", "gc", "()V", adapt<&runtime_gc>()},
    {"java/lang/Shutdown", "halt0", "(I)V", adapt<&shutdown_halt>()},
    {"java/lang/ref/Reference", "takePendingReferences", "()Ljava/lang/ref/Reference;",
     adapt<&reference_take_pending>()},
};

}  // namespace

std::pair<const NativeEntry*, size_t> lang_natives() { return {kEntries, std::size(kEntries)}; }

}  // namespace islet::natives
