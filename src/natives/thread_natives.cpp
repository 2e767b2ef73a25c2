// Natives of java.lang.Thread: the current thread, start, sleep, interrupts, state, yield,
// holdsLock. The thread machinery itself is runtime/threads.hpp.
#include <sched.h>

#include "natives/native_registry.hpp"
#include "natives/support.hpp"
#include "runtime/monitor.hpp"
#include "runtime/threads.hpp"

namespace islet::natives {

namespace {

Object* thread_current(VMThread* thread) { return thread->thread_object(); }

void thread_sleep(VMThread* thread, int64_t millis) {
  if (millis < 0) {
    runtime::throw_new(thread, WellKnown::IllegalArgumentException, "timeout value is negative");
    return;
  }
  runtime::sleep_interruptibly(thread, millis);
}

void thread_yield(VMThread*) { sched_yield(); }

bool thread_holds_lock(VMThread* thread, Object* object) {
  if (!null_check(thread, object)) return false;
  return runtime::holds_lock(thread, object);
}

void thread_start(VMThread* thread, Object* self) { thread->isolate()->threads().start(thread, self); }

void thread_interrupt(VMThread* thread, Object* self) { thread->isolate()->threads().signal_interrupt(self); }

void thread_clear_interrupt_event(VMThread* thread) { thread->set_interrupt_signal(false); }

int32_t thread_get_state(VMThread* thread, Object* self) {
  if (self == thread->thread_object()) return static_cast<int32_t>(runtime::JavaThreadState::Runnable);
  int32_t state = 0;
  thread->isolate()->threads().with_live_thread(
      self, [&](VMThread* target) { state = static_cast<int32_t>(target->java_state()); });
  return state;
}

constexpr NativeEntry kEntries[] = {
    {"java/lang/Thread", "currentThread", "()Ljava/lang/Thread;", adapt<&thread_current>()},
    {"java/lang/Thread", "sleep0", "(J)V", adapt<&thread_sleep>()},
    {"java/lang/Thread", "yield", "()V", adapt<&thread_yield>()},
    {"java/lang/Thread", "holdsLock", "(Ljava/lang/Object;)Z", adapt<&thread_holds_lock>()},
    {"java/lang/Thread", "start0", "()V", adapt<&thread_start>()},
    {"java/lang/Thread", "interrupt0", "()V", adapt<&thread_interrupt>()},
    {"java/lang/Thread", "clearInterruptEvent", "()V", adapt<&thread_clear_interrupt_event>()},
    {"java/lang/Thread", "getState0", "()I", adapt<&thread_get_state>()},
};

}  // namespace

std::pair<const NativeEntry*, size_t> thread_natives() { return {kEntries, std::size(kEntries)}; }

}  // namespace islet::natives
