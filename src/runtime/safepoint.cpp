// The stop-the-world handshake: threads become safe (blocked, in native code, or parked at a
// poll), the collector waits for all of them, and they resume only once it has finished.
#include "runtime/safepoint.hpp"

#include <chrono>

#include "runtime/isolate.hpp"
#include "runtime/threads.hpp"

namespace islet::runtime {

// --- SafeRegion ------------------------------------------------------------------------------

void SafeRegion::enter(VMThread* thread, uintptr_t sp) {
  thread->safe_sp_ = sp;
  // seq_cst pairs with Safepoints::begin: either the collector sees this thread safe, or this
  // thread sees the collection in progress when it leaves and waits for it.
  thread->state_.store(VMThread::kSafe, std::memory_order_seq_cst);
  thread->isolate()->safepoints().became_safe();
}

void SafeRegion::leave(VMThread* thread) {
  Safepoints& safepoints = thread->isolate()->safepoints();
  for (;;) {
    thread->state_.store(VMThread::kRunning, std::memory_order_seq_cst);
    if (!safepoints.in_progress_.load(std::memory_order_seq_cst)) return;
    // A collection is scanning this thread's stack: step back until it is over.
    thread->state_.store(VMThread::kSafe, std::memory_order_seq_cst);
    std::unique_lock<std::mutex> lock(safepoints.mutex_);
    safepoints.changed_.notify_all();
    safepoints.wait_until_resumed(lock);
  }
}

// --- Safepoints ------------------------------------------------------------------------------

void Safepoints::attach(VMThread* thread) {
  std::unique_lock<std::mutex> lock(mutex_);
  wait_until_resumed(lock);
  thread->state_.store(VMThread::kRunning, std::memory_order_seq_cst);
  threads_.push_back(thread);
}

void Safepoints::detach(VMThread* thread) {
  // Safe first: a collector that started before this thread took the lock waits for every
  // listed thread to be safe, and a running thread blocked here would never get there.
  SavedRegisters registers;
  thread->safe_sp_ = capture_registers(&registers);
  thread->state_.store(VMThread::kSafe, std::memory_order_seq_cst);
  std::unique_lock<std::mutex> lock(mutex_);
  changed_.notify_all();
  wait_until_resumed(lock);
  // No collection can start while this lock is held: the thread's unused cells go back now.
  thread->isolate()->heap().release_cache(thread->allocation_cache());
  // Leaving the registry is the thread's last touch of its isolate (a teardown waiting for the
  // thread may free the isolate right after), so its thin-lock id goes back here too, once.
  if (std::erase(threads_, thread) != 0) thread->isolate()->threads().release_lock_id(thread->lock_id());
}

void Safepoints::became_safe() {
  if (!in_progress_.load(std::memory_order_seq_cst)) return;
  std::lock_guard<std::mutex> guard(mutex_);
  changed_.notify_all();
}

void Safepoints::wait_until_resumed(std::unique_lock<std::mutex>& lock) {
  changed_.wait(lock, [this] { return !in_progress_.load(std::memory_order_seq_cst); });
}

void Safepoints::block(VMThread* self) {
  SafeRegion region(self);
  std::unique_lock<std::mutex> lock(mutex_);
  wait_until_resumed(lock);
}

bool Safepoints::begin(VMThread* self, uintptr_t sp) {
  std::unique_lock<std::mutex> lock(mutex_);
  self->safe_sp_ = sp;
  if (in_progress_.load(std::memory_order_seq_cst)) {
    // Someone else is collecting: be stopped like every other thread, then let the caller retry.
    self->state_.store(VMThread::kSafe, std::memory_order_seq_cst);
    changed_.notify_all();
    wait_until_resumed(lock);
    self->state_.store(VMThread::kRunning, std::memory_order_seq_cst);
    return false;
  }
  in_progress_.store(true, std::memory_order_seq_cst);
  for (VMThread* thread : threads_) {
    if (thread != self) thread->poll_armed_.store(true, std::memory_order_relaxed);
  }
  auto all_others_safe = [&] {
    for (VMThread* thread : threads_) {
      if (thread != self && thread->state_.load(std::memory_order_seq_cst) != VMThread::kSafe) return false;
    }
    return true;
  };
  // Safe threads notify; the timeout only guards against a notification slipping past.
  while (!all_others_safe()) changed_.wait_for(lock, std::chrono::milliseconds(1));
  return true;
}

void Safepoints::end(VMThread* self) {
  std::lock_guard<std::mutex> guard(mutex_);
  for (VMThread* thread : threads_) thread->poll_armed_.store(false, std::memory_order_relaxed);
  in_progress_.store(false, std::memory_order_seq_cst);
  changed_.notify_all();
}

}  // namespace islet::runtime
