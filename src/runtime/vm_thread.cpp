// VMThread: Java stack allocation, C++ stack bounds for the overflow guard, the thread-local
// "current thread" pointer and the identity hash generator.
#include "runtime/vm_thread.hpp"

#include <pthread.h>

#include <utility>

#include "interp/frame.hpp"
#include "jni/environment.hpp"
#include "runtime/isolate.hpp"

namespace islet::runtime {

namespace {

thread_local VMThread* current_thread = nullptr;

// [lowest, highest) address of the calling thread's C++ stack; zeros when unknown.
std::pair<uintptr_t, uintptr_t> native_stack_bounds() {
  pthread_attr_t attr;
  void* stack_addr = nullptr;
  size_t stack_size = 0;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    pthread_attr_getstack(&attr, &stack_addr, &stack_size);
    pthread_attr_destroy(&attr);
  }
  auto low = reinterpret_cast<uintptr_t>(stack_addr);
  return {low, low + stack_size};
}

uintptr_t native_stack_limit(std::pair<uintptr_t, uintptr_t> bounds) {
  if (bounds.first == 0 || bounds.second - bounds.first <= 2 * VMThread::kNativeStackReserve) return 0;
  return bounds.first + VMThread::kNativeStackReserve;
}

}  // namespace

VMThread::VMThread(Isolate* isolate, size_t java_stack_bytes) : isolate_(isolate) {
  size_t slots = java_stack_bytes / sizeof(Slot);
  if (slots < 4 * kStackReserveSlots) slots = 4 * kStackReserveSlots;
  // Not zeroed: pages of the reservation are committed only when frames reach them, so an idle
  // thread costs no Java-stack memory (frames zero their own locals).
  stack_ = std::make_unique_for_overwrite<Slot[]>(slots);
  stack_base_ = stack_.get();
  stack_limit_ = stack_base_ + slots;
  stack_guard_ = stack_limit_ - kStackReserveSlots;
  auto bounds = native_stack_bounds();
  native_stack_limit_ = native_stack_limit(bounds);
  // The thread's whole C++ stack belongs to the VM for threads the VM (or the launcher)
  // started; an embedder's attached thread narrows this to its VM entry (step 5).
  c_stack_top_ = bounds.second;
  jni_functions = jni::native_interface(isolate);  // the checking table under -Xcheck:jni
  jni_.locals.set_owner(this);
  id_ = isolate->threads().allocate_lock_id();
  hash_state_ = 0x9E3779B9u ^ (id_ * 0x85EBCA6Bu);
}

VMThread::~VMThread() {
  if (current_thread == this) current_thread = nullptr;
  isolate_->threads().release_lock_id(id_);
}

VMThread* VMThread::current() { return current_thread; }
void VMThread::set_current(VMThread* thread) { current_thread = thread; }

Slot* VMThread::free_slot() const {
  if (top_frame_ == nullptr) return stack_base_;
  return top_frame_->stack_base() + top_frame_->method->max_stack;
}

uint32_t VMThread::next_hash() {
  // Marsaglia xorshift: cheap, thread-local, good enough spread for identity hashes.
  uint32_t x = hash_state_;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  hash_state_ = x;
  return x;
}

}  // namespace islet::runtime
