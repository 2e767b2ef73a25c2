// Java threads on OS threads: the per-isolate list of live threads (with the non-daemon count
// that DestroyJavaVM waits on), starting a java.lang.Thread on a new pthread, attaching and
// detaching the calling OS thread (the launcher's main thread, JNI AttachCurrentThread), the end
// of a thread's life (uncaught exception, Thread.exit, join waiters), and interruptible sleep.
//
// Life of a started thread: Thread.start0 (the parent) counts it, creates the pthread and waits
// in a SafeRegion until the child has built its VMThread on its own stack, attached it to the
// safepoint registry and recorded it in the Thread object's `eetop` field; only then can the
// parent's reference to the Thread object go away. The child runs Thread.run(), then
// end_java_thread, then detaches and frees its VMThread. Code that reaches another thread's
// VMThread through `eetop` (interrupt, getState) does so under the list's lock, which the dying
// thread also takes to clear `eetop` before it frees anything.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <vector>

#include "runtime/vm_thread.hpp"

namespace islet::runtime {

class Isolate;
struct Object;

class ThreadList {
 public:
  explicit ThreadList(Isolate* isolate) : isolate_(isolate) {}

  // Thin-lock owner ids (20 bits in the lock word) are reused once a thread has ended.
  uint32_t allocate_lock_id();
  void release_lock_id(uint32_t id);

  // The main thread, created by the isolate at boot; `group` is the "main" ThreadGroup.
  void register_main_thread(VMThread* thread, Object* main_group);
  Object* main_group() const { return main_group_; }

  // Thread.start0: runs the Thread object on a new OS thread. False with an exception pending
  // (OutOfMemoryError when the OS refuses the thread).
  bool start(VMThread* parent, Object* thread_object);

  // Ends the Java life of `thread`: reports `uncaught` (may be null) through
  // Thread.dispatchUncaughtException, runs Thread.exit (group bookkeeping, terminated state,
  // waking joiners), and forgets the thread (eetop cleared, non-daemon count lowered). The
  // VMThread stays attached to the safepoint registry; the caller detaches and frees it.
  void end_java_thread(VMThread* thread, Object* uncaught);

  // Gives `thread` (attached to the safepoints, current on this OS thread) a new
  // java.lang.Thread named `name` in `group` (null: the main group) and lists it as live; a
  // non-daemon counts until end_java_thread. False with the thread unchanged if the Thread
  // object could not be made. DestroyJavaVM uses it to turn the ended main thread into the
  // "DestroyJavaVM" thread, as HotSpot does.
  bool adopt_as_java_thread(VMThread* thread, const char* name, bool daemon, Object* group);

  // DestroyJavaVM: blocks (safely) until no counted non-daemon thread other than `self` lives.
  void wait_until_only_daemons_remain(VMThread* self);

  // Runs `action(VMThread*)` under the list lock on the live thread behind a Thread object, if
  // it has one. The action must be short and must neither allocate nor block.
  template <typename Action>
  bool with_live_thread(Object* thread_object, Action&& action) {
    std::lock_guard<std::mutex> guard(mutex_);
    VMThread* target = live_thread_of(thread_object);
    if (target == nullptr) return false;
    action(target);
    return true;
  }

  // Thread.interrupt0: wakes the thread if it is parked (sleep, wait, join).
  void signal_interrupt(Object* thread_object);

 private:
  friend struct ThreadStarter;
  void add(VMThread* thread, Object* thread_object);
  VMThread* live_thread_of(Object* thread_object);

  Isolate* isolate_;
  std::mutex mutex_;
  std::condition_variable non_daemon_ended_;
  uint32_t non_daemon_count_ = 0;
  std::vector<VMThread*> live_;
  std::vector<uint32_t> free_lock_ids_;
  uint32_t next_lock_id_ = 1;
  Object* main_group_ = nullptr;  // pinned
};

// Attaches the calling OS thread to `isolate` as a Java thread named `name` (null: "Thread-<n>")
// in `group` (null: the main group): a VMThread whose C++ stack top is this thread's, registered with the safepoints
// and the thread list, with a fresh java.lang.Thread object. Null if the Thread object could
// not be created (the thread is then not attached). For JNI AttachCurrentThread and embedders.
VMThread* attach_current_thread(Isolate* isolate, const char* name, bool daemon, Object* group);
// The reverse, on the same OS thread: ends the Java thread (as end_java_thread with a pending
// exception reported as uncaught), detaches it and frees the VMThread.
void detach_current_thread(VMThread* thread);

// Reports `exception` as uncaught in `thread` (Thread.dispatchUncaughtException: the thread's
// handler, its group's, or the default "Exception in thread ..."), as when it ends a thread.
void dispatch_uncaught_exception(VMThread* thread, Object* exception);

// Thread.sleep: parks for `millis` unless interrupted. False with InterruptedException("sleep
// interrupted") pending when the thread is (or becomes) interrupted.
bool sleep_interruptibly(VMThread* thread, int64_t millis);

// The thread's interrupt status (Thread.interrupted field). `clear` resets it.
bool java_interrupt_status(VMThread* thread, bool clear);

// Sets the thread's Java-visible state for a scope (Thread.getState of a blocked thread).
class JavaStateScope {
 public:
  JavaStateScope(VMThread* thread, JavaThreadState state) : thread_(thread) { thread->set_java_state(state); }
  ~JavaStateScope() { thread_->set_java_state(JavaThreadState::Runnable); }
  JavaStateScope(const JavaStateScope&) = delete;
  JavaStateScope& operator=(const JavaStateScope&) = delete;

 private:
  VMThread* thread_;
};

}  // namespace islet::runtime
