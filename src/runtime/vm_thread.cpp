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

// The calling OS thread's VMThreads, one per isolate it is attached to (rarely more than one or
// two, so a vector). An entry whose isolate has ended (its liveness token expired) is stale: the
// VMThread was freed by the isolate's teardown on another OS thread.
struct CurrentThreads {
  struct Entry {
    const Isolate* isolate;
    std::weak_ptr<void> isolate_alive;
    VMThread* thread;
  };
  std::vector<Entry> entries;
  VMThread* most_recent = nullptr;

  void forget_stale() {
    std::erase_if(entries, [](const Entry& e) { return e.isolate_alive.expired(); });
  }
};

thread_local CurrentThreads current_threads;

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
  // Only entries of the OS thread running this destructor can be reached; others (the isolate
  // is being torn down from another thread) become stale when the isolate ends.
  // Nothing of the isolate is touched here: the thread's lock id went back when it left the
  // safepoint registry (Safepoints::detach), and the isolate may be gone by now.
  forget_current(this);
}

void VMThread::forget_current(VMThread* thread) {
  CurrentThreads& mine = current_threads;
  if (mine.most_recent == thread) mine.most_recent = nullptr;
  std::erase_if(mine.entries, [thread](const CurrentThreads::Entry& e) { return e.thread == thread; });
}

VMThread* VMThread::current(const Isolate* isolate) {
  for (const CurrentThreads::Entry& entry : current_threads.entries) {
    if (entry.isolate == isolate) return entry.isolate_alive.expired() ? nullptr : entry.thread;
  }
  return nullptr;
}

VMThread* VMThread::current() {
  // Checked against the entries before use: the isolate may have ended and freed it.
  VMThread* recent = current_threads.most_recent;
  for (const CurrentThreads::Entry& entry : current_threads.entries) {
    if (entry.thread == recent) return entry.isolate_alive.expired() ? nullptr : recent;
  }
  return nullptr;
}

void VMThread::set_current(VMThread* thread) {
  CurrentThreads& mine = current_threads;
  mine.most_recent = thread;
  if (thread == nullptr) return;
  mine.forget_stale();
  for (CurrentThreads::Entry& entry : mine.entries) {
    if (entry.isolate == thread->isolate()) {
      entry.thread = thread;
      return;
    }
  }
  mine.entries.push_back({thread->isolate(), thread->isolate()->liveness_token(), thread});
}

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
