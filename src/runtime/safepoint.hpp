// Safepoints: stopping every thread of an isolate so the collector can run, and SafeRegion, the
// state of a thread that is blocked or running native code and so never touches the heap.
//
// A thread is either running (interpreting, or in VM code that may hold object pointers in C++
// locals) or safe. A collection starts only when every other thread is safe; running threads
// get there by polling (the interpreter checks VMThread::safepoint_poll_armed at backward
// branches and calls). A safe thread's C++ stack above the point where it became safe, and the
// callee-saved registers it had then, are scanned conservatively (see src/heap/README.md), so
// VM code may keep objects in locals across anything that blocks or allocates.
#pragma once

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <vector>

#include "runtime/vm_thread.hpp"

namespace islet::runtime {

// The callee-saved registers of the current frame, captured so that a pointer held only in a
// register is visible to a scan of the stack memory that holds this buffer.
struct SavedRegisters {
  uintptr_t words[12];
};

// The stack pointer and callee-saved registers, read in the frame of the (inlined) caller.
__attribute__((always_inline)) inline uintptr_t capture_registers(SavedRegisters* out) {
  uintptr_t sp;
#if defined(__x86_64__)
  asm volatile(
      "movq %%rbx, 0(%1)\n\tmovq %%rbp, 8(%1)\n\tmovq %%r12, 16(%1)\n\t"
      "movq %%r13, 24(%1)\n\tmovq %%r14, 32(%1)\n\tmovq %%r15, 40(%1)\n\tmovq %%rsp, %0"
      : "=r"(sp)
      : "r"(out->words)
      : "memory");
#elif defined(__aarch64__)
  asm volatile(
      "stp x19, x20, [%1, #0]\n\tstp x21, x22, [%1, #16]\n\tstp x23, x24, [%1, #32]\n\t"
      "stp x25, x26, [%1, #48]\n\tstp x27, x28, [%1, #64]\n\tstr x29, [%1, #80]\n\tmov %0, sp"
      : "=r"(sp)
      : "r"(out->words)
      : "memory");
#else
  __builtin_unwind_init();  // spills callee-saved registers into this frame
  sp = reinterpret_cast<uintptr_t>(__builtin_frame_address(0)) - 1024;
  out->words[0] = 0;
#endif
  return sp;
}

// The stack pointer of the calling (inlined-into) frame, or 0 where it cannot be read.
__attribute__((always_inline)) inline uintptr_t current_stack_pointer() {
  uintptr_t sp = 0;
#if defined(__x86_64__)
  asm volatile("movq %%rsp, %0" : "=r"(sp));
#elif defined(__aarch64__)
  asm volatile("mov %0, sp" : "=r"(sp));
#endif
  return sp;
}

// While alive, the thread is safe: it must not read or write Java objects. Construct it right
// before blocking (waiting for a lock, sleeping, reading a file) or calling native code.
class SafeRegion {
 public:
  __attribute__((always_inline)) explicit SafeRegion(VMThread* thread) : thread_(thread) {
    enter(thread, capture_registers(&registers_));
  }
  ~SafeRegion() { leave(thread_); }
  SafeRegion(const SafeRegion&) = delete;
  SafeRegion& operator=(const SafeRegion&) = delete;

  // A thread an embedder holds between calls (after JNI_CreateJavaVM, AttachCurrentThread,
  // graal_attach_thread returned) runs the embedder's code, whose frames hold only handles: it is
  // safe with none of its C++ stack to scan. JNI functions bring it into the VM for their
  // duration (ThreadInVM); detaching and tearing down bring it back with return_from_embedder.
  static void hand_to_embedder(VMThread* thread) { enter(thread, thread->c_stack_top()); }
  static void return_from_embedder(VMThread* thread) { leave(thread); }

 private:
  friend class ThreadInVM;
  // The fast paths, paid by every native call and JNI function, are inline: a store, a
  // compiler-only fence and a load of the thread's poll word (see safepoint.cpp for why that
  // is enough). Waiting is out of line.
  static void enter(VMThread* thread, uintptr_t sp);
  static void leave(VMThread* thread);
  static void publish_state(VMThread* thread, uint8_t state);
  [[gnu::noinline]] static void wake_collector(VMThread* thread);
  [[gnu::noinline]] static void leave_during_collection(VMThread* thread);
  VMThread* thread_;
  SavedRegisters registers_;
};

// The way back into the VM for native code that runs inside a SafeRegion: a JNI function called
// by a native method holds one while it touches objects. The thread runs (waiting first if a
// collection is in progress) and, when this ends, is safe again with the region's original scan
// start: native frames in between hold only handles, which the collector marks precisely. On a
// thread that is not safe (VM code calling a JNI function directly) it does nothing.
class ThreadInVM {
 public:
  explicit ThreadInVM(VMThread* thread)
      : thread_(thread),
        was_safe_(thread->state_.load(std::memory_order_relaxed) == VMThread::kSafe),
        scan_start_(thread->safe_sp_) {
    if (was_safe_) SafeRegion::leave(thread);
  }
  ~ThreadInVM() {
    if (was_safe_) SafeRegion::enter(thread_, scan_start_);
  }
  ThreadInVM(const ThreadInVM&) = delete;
  ThreadInVM& operator=(const ThreadInVM&) = delete;

 private:
  VMThread* thread_;
  bool was_safe_;
  uintptr_t scan_start_;
};

// Holds a VM lock that its owner may keep while it allocates (a class loader's lock, the string
// table's): a thread that finds the lock taken waits for it as a safe thread, because the owner
// may be collecting and waiting for everyone to be safe. Every acquisition of such a lock must
// go through this guard. Leaf locks, never held across an allocation or a safepoint, need no
// guard. `thread` may be null (a thread not attached to any isolate).
template <typename Mutex>
class SafeLockGuard {
 public:
  SafeLockGuard(VMThread* thread, Mutex& mutex) : mutex_(mutex) {
    if (mutex.try_lock()) return;
    if (thread == nullptr) {
      mutex.lock();
      return;
    }
    SafeRegion region(thread);
    mutex.lock();
  }
  ~SafeLockGuard() { mutex_.unlock(); }
  SafeLockGuard(const SafeLockGuard&) = delete;
  SafeLockGuard& operator=(const SafeLockGuard&) = delete;

 private:
  Mutex& mutex_;
};

// The per-isolate registry of attached threads and the stop-the-world protocol.
class Safepoints {
 public:
  // Adds a thread (waits if a collection is in progress). The thread starts running.
  void attach(VMThread* thread);
  void detach(VMThread* thread);

  // Stops every other thread, runs `operation` on the calling thread, resumes them. If another
  // thread is already doing so, the caller is stopped like the rest and returns false after it.
  template <typename Operation>
  bool run_stopped(VMThread* self, Operation&& operation) {
    SavedRegisters registers;
    if (!begin(self, capture_registers(&registers))) return false;
    operation();
    end(self);
    return true;
  }

  // Called from the interpreter when VMThread::safepoint_poll_armed() is set.
  void block(VMThread* self);

  // True if `thread` is attached (it may be a stale address: it is only compared).
  bool contains(const VMThread* thread) {
    std::lock_guard<std::mutex> guard(mutex_);
    return std::find(threads_.begin(), threads_.end(), thread) != threads_.end();
  }

  // How many threads other than `self` are attached.
  size_t count_others(VMThread* self) {
    std::lock_guard<std::mutex> guard(mutex_);
    return threads_.size() - static_cast<size_t>(std::count(threads_.begin(), threads_.end(), self));
  }

  // The end of an isolate that still has threads (daemons): stops every other thread and never
  // resumes them, as HotSpot does when its VM exits. Each stays blocked where it is, a thread in
  // native code as soon as it re-enters the VM, so the isolate must never be freed after this.
  void stop_others_for_good(VMThread* self) {
    SavedRegisters registers;
    while (!begin(self, capture_registers(&registers))) {
    }
  }

  // Every attached thread. Only while the world is stopped (or under the registry lock).
  const std::vector<VMThread*>& threads() const { return threads_; }
  // Where the scan of a stopped (or the collecting) thread's C++ stack begins; the buffer of
  // its saved registers lies above it.
  static uintptr_t scan_start(const VMThread* thread) { return thread->safe_sp_; }

  bool in_progress() const { return in_progress_.load(std::memory_order_seq_cst); }

  // True when the collector can put a memory barrier on every thread of the process (Linux
  // membarrier): threads then enter and leave SafeRegions without a fence (safepoint.cpp).
  // Decided once per process, by the first attach, before any thread changes state.
  static bool asymmetric_fences();

 private:
  friend class SafeRegion;
  bool begin(VMThread* self, uintptr_t sp);
  void end(VMThread* self);
  [[gnu::noinline]] void became_safe();  // wakes the collector (called while one is in progress)
  void wait_until_resumed(std::unique_lock<std::mutex>& lock);

  std::mutex mutex_;
  std::condition_variable changed_;
  std::atomic<bool> in_progress_{false};
  std::vector<VMThread*> threads_;
  static inline bool asymmetric_ = false;
};

// --- SafeRegion's fast paths -------------------------------------------------------------------

inline void SafeRegion::publish_state(VMThread* thread, uint8_t state) {
  if (Safepoints::asymmetric_) {
    thread->state_.store(state, std::memory_order_release);
    std::atomic_signal_fence(std::memory_order_seq_cst);
  } else {
    thread->state_.store(state, std::memory_order_seq_cst);
  }
}

inline void SafeRegion::enter(VMThread* thread, uintptr_t sp) {
  thread->safe_sp_ = sp;
  // Release: the collector, seeing kSafe, also sees safe_sp_ and the saved registers.
  publish_state(thread, VMThread::kSafe);
  if (thread->poll_armed_.load(std::memory_order_acquire)) wake_collector(thread);
}

inline void SafeRegion::leave(VMThread* thread) {
  publish_state(thread, VMThread::kRunning);
  // Acquire: once the poll word is clear again, what the collector wrote is visible.
  if (thread->poll_armed_.load(std::memory_order_acquire)) leave_during_collection(thread);
}

}  // namespace islet::runtime
