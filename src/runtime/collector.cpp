// Roots, object tracing and reference processing for the isolate's collector.
#include "runtime/collector.hpp"

#include <algorithm>
#include <cstdlib>

#include "interp/frame.hpp"
#include "polyglot/isolate_state.hpp"
#include "jni/environment.hpp"
#include "runtime/isolate.hpp"
#include "runtime/safepoint.hpp"
#include "runtime/strings.hpp"
#include "runtime/vm_thread.hpp"

namespace islet::runtime {

void Collector::collect_garbage(const char* cause, bool clear_soft) {
  VMThread* self = VMThread::current(isolate_);
  Safepoints& safepoints = isolate_->safepoints();
  safepoints.run_stopped(self, [&] {
    std::vector<heap::AllocationCache*> caches;
    for (VMThread* thread : safepoints.threads()) caches.push_back(&thread->allocation_cache());
    isolate_->heap().collect(caches, cause, clear_soft);
  });
}

Collector::~Collector() {
  for (auto& [owner, memory] : owned_memory_) std::free(memory);
}

void Collector::free_with(Object* owner, void* memory) {
  std::lock_guard<std::mutex> guard(owned_memory_mutex_);
  owned_memory_.emplace_back(owner, memory);
}

void Collector::pin(Object* object) {
  std::lock_guard<std::mutex> guard(pinned_mutex_);
  pinned_.push_back(object);
}

Object* Collector::take_pending_references() {
  std::lock_guard<std::mutex> guard(pending_mutex_);
  Object* chain = pending_;
  pending_ = nullptr;
  return chain;
}

// --- Roots -----------------------------------------------------------------------------------
// Runs with every other thread stopped; takes no runtime lock, since a stopped thread may hold
// one (the string table's, say) while it waits for this collection.

void Collector::mark_roots(heap::Marker& marker) {
  discovered_.clear();
  for (VMThread* thread : isolate_->safepoints().threads()) mark_thread(marker, thread);
  mark_classes(marker);
  isolate_->strings().for_each_unlocked([&](Object* s) { marker.mark(s); });
  for (Object* o : pinned_) marker.mark(o);
  polyglot::mark_roots(isolate_, marker);  // Java objects held by NFI data (src/polyglot/)
  marker.mark(pending_);
  isolate_->jni().mark_roots(marker);
}

void Collector::mark_thread(heap::Marker& marker, VMThread* thread) {
  marker.mark(thread->pending_exception());
  marker.mark(thread->thread_object());
  thread->jni().locals.mark_roots(marker);  // JNI local handles, precisely
  // Interpreter frames: every slot in use is a possible reference (conservative within frames):
  // the locals, and the operand stack up to the saved top. The interpreter saves the top
  // before anything that can allocate, throw or stop, so dead values above it (a popped
  // reference to a large structure the program has dropped) do not keep garbage alive.
  for (interp::Frame* frame = thread->top_frame(); frame != nullptr; frame = frame->caller) {
    marker.scan_conservatively(frame->locals, frame->locals + frame->method->max_locals);
    marker.mark(frame->locked);
    Slot* stack_end = std::clamp(frame->sp, frame->stack_base(), frame->stack_base() + frame->method->max_stack);
    marker.scan_conservatively(frame->stack_base(), stack_end);
  }
  // VM code's C++ frames above the point where the thread stopped, with its saved registers.
  // Interpreter loops' own frames are skipped: they hold only stale copies of what the Java
  // frames hold (their callers saved their registers where the scan sees them).
  uintptr_t from = Safepoints::scan_start(thread);
  const auto& skipped = thread->interpreter_frames();
  for (auto range = skipped.rbegin(); range != skipped.rend(); ++range) {  // lowest first
    if (range->high <= from) continue;
    if (range->low > from) {
      marker.scan_conservatively(reinterpret_cast<const void*>(from), reinterpret_cast<const void*>(range->low));
    }
    from = range->high;
  }
  marker.scan_conservatively(reinterpret_cast<const void*>(from), reinterpret_cast<const void*>(thread->c_stack_top()));
}

void Collector::mark_classes(heap::Marker& marker) {
  isolate_->for_each_class_unlocked([&](Class* klass) {
    marker.mark(klass->mirror);
    marker.mark(klass->initialization_error);
    for (uint32_t offset : klass->static_reference_offsets) {
      marker.mark(klass->statics[offset / sizeof(Slot)].l);
    }
  });
  // Classes are never unloaded, so every loader stays alive with its classes (and through their
  // mirrors' getClassLoader, Java can always reach it again).
  isolate_->for_each_loader_unlocked([&](ClassLoaderData& loader) { marker.mark(loader.loader_object()); });
}

// --- Tracing ---------------------------------------------------------------------------------

void Collector::trace(void* address, heap::Marker& marker) {
  auto* object = static_cast<Object*>(address);
  Class* klass = object->klass;
  if (klass->is_array()) {
    if (klass->element_type == BasicType::Object || klass->element_type == BasicType::Array) {
      ArrayObject* array = as_array(object);
      Object** elements = array->data<Object*>();
      for (int32_t i = 0; i < array->length; ++i) marker.mark(elements[i]);
    }
    return;
  }
  for (uint32_t offset : klass->reference_offsets) marker.mark(object->field_at<Object*>(offset));
  if (klass->reference_kind != ReferenceKind::None) discovered_.push_back(object);
}

// --- References --------------------------------------------------------------------------------

void Collector::process_weak_roots(heap::Marker& marker, bool clear_soft) {
  const WellKnownOffsets& offsets = isolate_->offsets();
  auto referent_of = [&](Object* reference) -> Object*& {
    return reference->field_at<Object*>(offsets.reference_referent);
  };
  // Soft references keep their referents unless memory is short; what they keep alive is
  // marked before weak references are looked at, so a weak reference to a softly reachable
  // object is not cleared.
  if (!clear_soft) {
    for (size_t i = 0; i < discovered_.size(); ++i) {
      Object* reference = discovered_[i];
      if (reference->klass->reference_kind != ReferenceKind::Soft) continue;
      marker.mark(referent_of(reference));
      while (void* grey = marker.next_grey()) trace(grey, marker);
    }
  }
  for (Object* reference : discovered_) {
    Object*& referent = referent_of(reference);
    if (referent == nullptr || marker.is_marked(referent)) continue;
    referent = nullptr;
    if (reference->field_at<Object*>(offsets.reference_queue) == nullptr) continue;
    reference->field_at<Object*>(offsets.reference_pending_next) = pending_;
    pending_ = reference;
  }
  discovered_.clear();
  // Memory whose owner died goes back to the system (owners are never resurrected).
  std::erase_if(owned_memory_, [&](const std::pair<Object*, void*>& entry) {
    if (marker.is_marked(entry.first)) return false;
    std::free(entry.second);
    return true;
  });
  isolate_->jni().clear_dead_weak_globals(marker);
}

}  // namespace islet::runtime
