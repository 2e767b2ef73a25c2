// VMThread: the state of one OS thread attached to one Isolate. Its first word is the JNIEnv
// function-table pointer, so a VMThread*, a JNIEnv* and a graal_isolatethread_t* are the same
// address and convert in O(1). It owns the thread's Java stack (interpreter frames) and the
// pending exception, the single channel through which VM code reports a Java throw.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "heap/heap.hpp"
#include "jni/thread_state.hpp"
#include "runtime/value.hpp"

namespace islet::interp {
struct Frame;
}

namespace islet::runtime {

class Isolate;
struct Object;
struct Class;

// A one-permit event a thread blocks on (sleep, Object.wait, and later LockSupport.park). unpark
// from any thread leaves the permit set, so a wake-up that comes before the park is not lost.
class Parker {
 public:
  using Deadline = std::optional<std::chrono::steady_clock::time_point>;
  void unpark() {
    std::lock_guard<std::mutex> guard(mutex_);
    permit_ = true;
    wakeup_.notify_one();
  }
  // Returns when unparked (consuming the permit) or at the deadline. Call inside a SafeRegion.
  void park(Deadline deadline) {
    std::unique_lock<std::mutex> lock(mutex_);
    if (deadline) {
      wakeup_.wait_until(lock, *deadline, [this] { return permit_; });
    } else {
      wakeup_.wait(lock, [this] { return permit_; });
    }
    permit_ = false;
  }

 private:
  std::mutex mutex_;
  std::condition_variable wakeup_;
  bool permit_ = false;
};

// What Thread.getState reports for a live thread; the values are Thread.State ordinals.
enum class JavaThreadState : uint8_t { Runnable = 1, Blocked = 2, Waiting = 3, TimedWaiting = 4 };

class VMThread {
 public:
  // Must stay the first member (see the file comment); filled in by the JNI layer.
  const void* jni_functions = nullptr;

  VMThread(Isolate* isolate, size_t java_stack_bytes);
  ~VMThread();
  VMThread(const VMThread&) = delete;
  VMThread& operator=(const VMThread&) = delete;

  Isolate* isolate() const { return isolate_; }

  // --- The calling OS thread's VMThreads ---------------------------------------------------
  // One OS thread may be attached to several isolates at once, with one VMThread in each.
  // The VMThread of the calling OS thread in `isolate`; null if it is not attached there.
  static VMThread* current(const Isolate* isolate);
  // The VMThread most recently made current on this OS thread, whatever its isolate. Code that
  // knows its isolate (nearly all code: a JNIEnv* *is* its VMThread) uses current(isolate).
  static VMThread* current();
  // Makes `thread` the calling OS thread's VMThread in its isolate (and the most recent one);
  // null only forgets the most recent one. Destroying a VMThread on its own OS thread forgets
  // it; entries of an isolate that has ended are never returned (Isolate::liveness_token).
  static void set_current(VMThread* thread);
  // Forgets `thread` as the calling OS thread's VMThread in its isolate (detaching a thread the
  // isolate keeps, like its creating thread).
  static void forget_current(VMThread* thread);

  // --- Pending exception -------------------------------------------------------------------
  bool has_pending_exception() const { return pending_exception_ != nullptr; }
  Object* pending_exception() const { return pending_exception_; }
  void set_pending_exception(Object* exception) { pending_exception_ = exception; }
  Object* take_pending_exception() {
    Object* e = pending_exception_;
    pending_exception_ = nullptr;
    return e;
  }

  // --- Java stack --------------------------------------------------------------------------
  interp::Frame* top_frame() const { return top_frame_; }
  void set_top_frame(interp::Frame* frame) { top_frame_ = frame; }
  Slot* stack_base() const { return stack_base_; }
  Slot* stack_limit() const { return stack_limit_; }
  // Frames may not extend past the guard. A reserve below the real limit is opened only while
  // a StackOverflowError is being built, so that its constructor has room to run.
  Slot* stack_guard() const { return stack_guard_; }
  // Entering the reserve also lowers the C++ stack limit by half its margin. Returns false if
  // the thread is already inside the reserve (building the error overflowed again).
  bool enter_stack_reserve() {
    if (in_stack_reserve_) return false;
    in_stack_reserve_ = true;
    stack_guard_ = stack_limit_;
    native_stack_limit_ -= kNativeStackReserve / 2;
    return true;
  }
  void leave_stack_reserve() {
    in_stack_reserve_ = false;
    stack_guard_ = stack_limit_ - kStackReserveSlots;
    native_stack_limit_ += kNativeStackReserve / 2;
  }
  // Room left on the C++ stack when the guard trips: enough for the deepest VM path that runs
  // after the check (building and throwing a StackOverflowError, printing it).
  static constexpr uintptr_t kNativeStackReserve = 256 * 1024;
  static constexpr size_t kStackReserveSlots = 8192;
  // First slot above everything in use; where a call from C++ places its arguments.
  Slot* free_slot() const;

  // --- Native (C++) stack guard -------------------------------------------------------------
  // True when the C++ stack has less than the safety margin left: callers throw
  // StackOverflowError instead of recursing further.
  bool native_stack_exhausted() const {
    // The frame address, not a local's: sanitizers may move locals to a heap "fake stack".
    return reinterpret_cast<uintptr_t>(__builtin_frame_address(0)) < native_stack_limit_;
  }

  Object* thread_object() const { return thread_object_; }
  void set_thread_object(Object* object) { thread_object_ = object; }

  // --- Java thread life (runtime/threads.hpp) ----------------------------------------------
  Parker& parker() { return parker_; }
  // Set by Thread.interrupt0 to wake this thread from a park; the interrupt status itself is the
  // Thread object's `interrupted` field (read by the thread once it is running again).
  bool interrupt_signalled() const { return interrupt_signal_.load(std::memory_order_seq_cst); }
  void set_interrupt_signal(bool on) { interrupt_signal_.store(on, std::memory_order_seq_cst); }
  JavaThreadState java_state() const { return java_state_.load(std::memory_order_relaxed); }
  void set_java_state(JavaThreadState state) { java_state_.store(state, std::memory_order_relaxed); }
  // True if this thread counts in the isolate's non-daemon threads (DestroyJavaVM waits for it).
  bool counted_as_non_daemon() const { return counted_as_non_daemon_; }
  void set_counted_as_non_daemon(bool on) { counted_as_non_daemon_ = on; }

  uint32_t id() const { return id_; }
  uint32_t next_hash();  // thread-local identity hash generator

  // Names of the classes this thread is defining right now, innermost last (to detect
  // ClassCircularityError).
  std::vector<std::string>& classes_being_loaded() { return classes_being_loaded_; }

  // JNI: local handles and what native code on this thread has pinned (src/jni/).
  jni::ThreadState& jni() { return jni_; }
  const jni::ThreadState& jni() const { return jni_; }

  // Bookkeeping for the reentrant monitor fast path (runtime/monitor.cpp).
  uint32_t lock_id() const { return id_; }

  heap::AllocationCache& allocation_cache() { return allocation_cache_; }

  // C++ frames of active interpreter loops, [low, high), innermost last: the collector skips
  // them when it scans this thread's C++ stack (interp/interpreter.cpp says why).
  struct StackRange {
    uintptr_t low, high;
  };
  std::vector<StackRange>& interpreter_frames() { return interpreter_frames_; }
  const std::vector<StackRange>& interpreter_frames() const { return interpreter_frames_; }
  bool building_out_of_memory_error() const { return building_out_of_memory_error_; }
  void set_building_out_of_memory_error(bool on) { building_out_of_memory_error_ = on; }

  // --- Safepoints (runtime/safepoint.hpp) ---------------------------------------------------
  // Non-zero while a safepoint is requested: the interpreter polls it at backward branches and
  // calls and stops there.
  bool safepoint_poll_armed() const { return poll_armed_.load(std::memory_order_relaxed); }
  // Highest address of this thread's C++ stack the collector scans (the thread's stack top).
  uintptr_t c_stack_top() const { return c_stack_top_; }

 private:
  friend class Safepoints;
  friend class SafeRegion;
  friend class ThreadInVM;
 public:
  enum State : uint8_t { kRunning, kSafe };
 private:
  std::atomic<uint8_t> state_{kRunning};
  std::atomic<bool> poll_armed_{false};
  uintptr_t safe_sp_ = 0;            // while safe: where the scan of the C++ stack starts
  uintptr_t c_stack_top_ = 0;
  heap::AllocationCache allocation_cache_;
  std::vector<StackRange> interpreter_frames_;
  bool building_out_of_memory_error_ = false;

 public:

 private:
  Isolate* isolate_;
  Object* pending_exception_ = nullptr;
  interp::Frame* top_frame_ = nullptr;
  std::unique_ptr<Slot[]> stack_;
  Slot* stack_base_ = nullptr;
  Slot* stack_limit_ = nullptr;
  Slot* stack_guard_ = nullptr;
  bool in_stack_reserve_ = false;
  uintptr_t native_stack_limit_ = 0;
  Object* thread_object_ = nullptr;
  uint32_t id_ = 0;
  uint32_t hash_state_;
  std::vector<std::string> classes_being_loaded_;
  jni::ThreadState jni_;
  Parker parker_;
  std::atomic<bool> interrupt_signal_{false};
  std::atomic<JavaThreadState> java_state_{JavaThreadState::Runnable};
  bool counted_as_non_daemon_ = false;
};

}  // namespace islet::runtime
