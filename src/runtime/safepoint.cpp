// The stop-the-world handshake: threads become safe (blocked, in native code, or parked at a
// poll), the collector waits for all of them, and they resume only once it has finished.
#include "runtime/safepoint.hpp"

#if defined(__linux__)
#include <linux/membarrier.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

#include <chrono>
#include <mutex>

#include "runtime/isolate.hpp"
#include "runtime/threads.hpp"

namespace islet::runtime {

// --- SafeRegion ------------------------------------------------------------------------------

// The state changes form a Dekker handshake with Safepoints::begin: a thread writes its state
// and then reads its poll word; the collector raises every poll word and then reads every
// state; at least one of them must see the other's write. That needs a StoreLoad barrier on
// both sides. With asymmetric fences the collector's side is a process-wide membarrier()
// (which executes a full barrier on every CPU running one of our threads, so every state store
// issued before it is visible after it, and every poll-word load after it sees the raised
// word), and the thread's side, paid on every native call and every JNI function, is a plain
// store, a compiler-only fence and a load (SafeRegion's inline fast paths). Without membarrier
// both sides use sequentially consistent operations. Safepoints::end clears the poll words
// with release before it ends the collection, so a thread that reads its word clear sees
// everything the collector wrote.
namespace {

bool register_membarrier() {
#if defined(__linux__) && defined(__NR_membarrier)
  long commands = syscall(__NR_membarrier, MEMBARRIER_CMD_QUERY, 0, 0);
  if (commands < 0 || (commands & MEMBARRIER_CMD_PRIVATE_EXPEDITED) == 0) return false;
  return syscall(__NR_membarrier, MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED, 0, 0) == 0;
#else
  return false;
#endif
}

// The collector's half of the handshake with asymmetric fences (see above).
void heavy_barrier() {
#if defined(__linux__) && defined(__NR_membarrier)
  syscall(__NR_membarrier, MEMBARRIER_CMD_PRIVATE_EXPEDITED, 0, 0);
#endif
}

std::once_flag asymmetric_decided;

}  // namespace

bool Safepoints::asymmetric_fences() {
  std::call_once(asymmetric_decided, [] { asymmetric_ = register_membarrier(); });
  return asymmetric_;
}

void SafeRegion::wake_collector(VMThread* thread) { thread->isolate()->safepoints().became_safe(); }

void SafeRegion::leave_during_collection(VMThread* thread) {
  Safepoints& safepoints = thread->isolate()->safepoints();
  do {
    // A collection is scanning this thread's stack: step back until it is over.
    thread->state_.store(VMThread::kSafe, std::memory_order_seq_cst);
    {
      std::unique_lock<std::mutex> lock(safepoints.mutex_);
      safepoints.changed_.notify_all();
      safepoints.wait_until_resumed(lock);
    }
    publish_state(thread, VMThread::kRunning);
  } while (thread->poll_armed_.load(std::memory_order_acquire));
}

// --- Safepoints ------------------------------------------------------------------------------

void Safepoints::attach(VMThread* thread) {
  asymmetric_fences();
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
    if (thread != self) thread->poll_armed_.store(true, std::memory_order_seq_cst);
  }
  if (asymmetric_) heavy_barrier();  // the collector's half of the handshake (SafeRegion)
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
  for (VMThread* thread : threads_) thread->poll_armed_.store(false, std::memory_order_release);
  in_progress_.store(false, std::memory_order_seq_cst);
  changed_.notify_all();
}

}  // namespace islet::runtime
