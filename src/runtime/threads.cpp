// Java threads on pthreads: starting, attaching, ending, the non-daemon count, interrupts and
// sleep (design in threads.hpp).
#include "runtime/threads.hpp"

#include <pthread.h>
#include <sched.h>

#include <algorithm>
#include <cstdio>
#include <memory>

#include "interp/interpreter.hpp"
#include "runtime/allocation.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/isolate.hpp"
#include "runtime/safepoint.hpp"
#include "runtime/strings.hpp"

namespace islet::runtime {

namespace {

// C++ stack of a thread the VM starts: natives, class initialization and calls from C++ into
// Java nest C++ frames; untouched pages of the reservation cost nothing.
constexpr size_t kMinNativeStackBytes = 8u << 20;

size_t native_stack_bytes(const VMOptions& options) {
  return std::max(kMinNativeStackBytes, 2 * options.java_stack_bytes);
}

int64_t& eetop_of(Isolate* isolate, Object* thread_object) {
  return thread_object->field_at<int64_t>(isolate->offsets().thread_eetop);
}

std::atomic_ref<int8_t> interrupted_field(VMThread* thread) {
  Object* thread_object = thread->thread_object();
  return std::atomic_ref<int8_t>(thread_object->field_at<int8_t>(thread->isolate()->offsets().thread_interrupted));
}

Method* thread_method(Isolate* isolate, const char* name, const char* descriptor) {
  Class* thread_class = isolate->well_known(WellKnown::Thread);
  return thread_class ? thread_class->find_declared_method(name, descriptor) : nullptr;
}

std::string thread_name(VMThread* thread) {
  Object* thread_object = thread->thread_object();
  Object* name = thread_object ? thread_object->field_at<Object*>(thread->isolate()->offsets().thread_name) : nullptr;
  return name ? string_to_utf8(thread, name) : std::string("main");
}

// The name of a thread attached without one (JNI AttachCurrentThread with no name):
// "Thread-<n>", numbered like new Thread().
Object* anonymous_thread_name(VMThread* thread) {
  Method* next_number = thread_method(thread->isolate(), "nextThreadNum", "()I");
  if (next_number == nullptr) return nullptr;
  int32_t number = interp::call_method(thread, next_number, std::span<const Slot>()).i;
  if (thread->has_pending_exception()) return nullptr;
  return new_string_from_utf8(thread, "Thread-" + std::to_string(number));
}

// Makes a java.lang.Thread for `thread` with the VM's private constructor.
Object* new_thread_object(VMThread* thread, const char* name, bool daemon, Object* group) {
  Isolate* isolate = thread->isolate();
  Class* thread_class = isolate->well_known(WellKnown::Thread);
  Method* constructor =
      thread_method(isolate, "<init>", "(Ljava/lang/ThreadGroup;Ljava/lang/String;IZ)V");
  if (constructor == nullptr) return nullptr;
  Object* thread_object = new_instance(thread, thread_class);
  Object* java_name = thread_object == nullptr ? nullptr
                      : name != nullptr       ? new_string_from_utf8(thread, name)
                                              : anonymous_thread_name(thread);
  if (java_name == nullptr) return nullptr;
  Object* previous = thread->thread_object();
  thread->set_thread_object(thread_object);  // currentThread() inside the constructor
  interp::call_method(thread, constructor,
                      {Slot::of_ref(thread_object), Slot::of_ref(group), Slot::of_ref(java_name),
                       Slot::of_int(5), Slot::of_int(daemon ? 1 : 0)});
  if (thread->has_pending_exception()) {
    thread->set_thread_object(previous);
    return nullptr;
  }
  return thread_object;
}

}  // namespace

// Thread.dispatchUncaughtException; an exception escaping the handler is reported the way
// HotSpot reports it and otherwise ignored.
void dispatch_uncaught_exception(VMThread* thread, Object* exception) {
  Method* dispatch = thread_method(thread->isolate(), "dispatchUncaughtException", "(Ljava/lang/Throwable;)V");
  if (dispatch == nullptr || thread->thread_object() == nullptr) return;
  interp::call_method(thread, dispatch, {Slot::of_ref(thread->thread_object()), Slot::of_ref(exception)});
  if (Object* failure = thread->take_pending_exception()) {
    std::string name = thread_name(thread);
    thread->take_pending_exception();
    print_diagnostic(thread->isolate()->options(), stderr,
                     "\nException: %s thrown from the UncaughtExceptionHandler in thread \"%s\"\n",
                     failure->klass->external_name().c_str(), name.c_str());
  }
}

// --- The list -----------------------------------------------------------------------------------

uint32_t ThreadList::allocate_lock_id() {
  std::lock_guard<std::mutex> guard(mutex_);
  if (!free_lock_ids_.empty()) {
    uint32_t id = free_lock_ids_.back();
    free_lock_ids_.pop_back();
    return id;
  }
  return next_lock_id_++;
}

void ThreadList::release_lock_id(uint32_t id) {
  std::lock_guard<std::mutex> guard(mutex_);
  free_lock_ids_.push_back(id);
}

void ThreadList::add(VMThread* thread, Object* thread_object) {
  std::lock_guard<std::mutex> guard(mutex_);
  eetop_of(isolate_, thread_object) = reinterpret_cast<int64_t>(thread);
  live_.push_back(thread);
}

VMThread* ThreadList::live_thread_of(Object* thread_object) {
  return reinterpret_cast<VMThread*>(eetop_of(isolate_, thread_object));
}

void ThreadList::register_main_thread(VMThread* thread, Object* main_group) {
  main_group_ = main_group;
  isolate_->collector().pin(main_group);
  add(thread, thread->thread_object());
}

void ThreadList::signal_interrupt(Object* thread_object) {
  with_live_thread(thread_object, [](VMThread* target) {
    target->set_interrupt_signal(true);
    target->parker().unpark();
  });
}

void ThreadList::end_java_thread(VMThread* thread, Object* uncaught) {
  if (uncaught != nullptr) dispatch_uncaught_exception(thread, uncaught);
  Object* thread_object = thread->thread_object();
  if (thread_object == nullptr) return;
  // Thread.exit: leaves the group, marks the thread terminated and wakes its joiners.
  if (Method* exit = thread_method(isolate_, "exit", "()V")) {
    interp::call_method(thread, exit, {Slot::of_ref(thread_object)});
    thread->take_pending_exception();
  }
  std::lock_guard<std::mutex> guard(mutex_);
  eetop_of(isolate_, thread_object) = 0;
  std::erase(live_, thread);
  if (thread->counted_as_non_daemon()) {
    thread->set_counted_as_non_daemon(false);
    --non_daemon_count_;
    non_daemon_ended_.notify_all();
  }
}

void ThreadList::wait_until_only_daemons_remain(VMThread* self) {
  SafeRegion region(self);
  std::unique_lock<std::mutex> lock(mutex_);  // released before the region ends
  uint32_t own = self->counted_as_non_daemon() ? 1 : 0;
  non_daemon_ended_.wait(lock, [&] { return non_daemon_count_ <= own; });
}

// --- Starting a thread ----------------------------------------------------------------------------

// What the parent hands to the new OS thread; lives on the parent's stack until the child has
// attached (the parent waits for that).
struct ThreadStarter {
  ThreadStarter(Isolate* isolate, Object* thread_object, bool daemon)
      : isolate(isolate), thread_object(thread_object), daemon(daemon) {}
  Isolate* isolate;
  Object* thread_object;
  bool daemon;
  std::mutex mutex;
  std::condition_variable attached_signal;
  bool attached = false;

  static void* run(void* raw);
};

void* ThreadStarter::run(void* raw) {
  auto* starter = static_cast<ThreadStarter*>(raw);
  Isolate* isolate = starter->isolate;
  Object* thread_object = starter->thread_object;
  // Built here, so that its C++ stack bounds are this thread's.
  auto owned = std::make_unique<VMThread>(isolate, isolate->options().java_stack_bytes);
  VMThread* self = owned.get();
  VMThread::set_current(self);
  self->set_counted_as_non_daemon(!starter->daemon);
  self->set_thread_object(thread_object);
  isolate->safepoints().attach(self);
  isolate->threads().add(self, thread_object);
  {
    std::lock_guard<std::mutex> guard(starter->mutex);
    starter->attached = true;
    starter->attached_signal.notify_one();
  }
  // `starter` is gone from here on.
  if (Method* run = thread_method(isolate, "run", "()V")) {
    interp::call_virtual(self, run, {Slot::of_ref(thread_object)});
  }
  isolate->threads().end_java_thread(self, self->take_pending_exception());
  isolate->safepoints().detach(self);
  VMThread::set_current(nullptr);
  return nullptr;
}

bool ThreadList::start(VMThread* parent, Object* thread_object) {
  bool daemon = thread_object->field_at<int8_t>(isolate_->offsets().thread_daemon) != 0;
  if (!daemon) {
    std::lock_guard<std::mutex> guard(mutex_);
    ++non_daemon_count_;  // counted before it runs, so DestroyJavaVM cannot miss it
  }
  ThreadStarter starter(isolate_, thread_object, daemon);
  pthread_attr_t attributes;
  pthread_attr_init(&attributes);
  pthread_attr_setstacksize(&attributes, native_stack_bytes(isolate_->options()));
  pthread_attr_setdetachstate(&attributes, PTHREAD_CREATE_DETACHED);
  pthread_t os_thread;
  int status = pthread_create(&os_thread, &attributes, &ThreadStarter::run, &starter);
  pthread_attr_destroy(&attributes);
  if (status != 0) {
    if (!daemon) {
      std::lock_guard<std::mutex> guard(mutex_);
      --non_daemon_count_;
      non_daemon_ended_.notify_all();
    }
    throw_new(parent, WellKnown::OutOfMemoryError,
              "unable to create native thread: possibly out of memory or process/resource limits reached");
    return false;
  }
  SafeRegion region(parent);
  std::unique_lock<std::mutex> lock(starter.mutex);  // released before the region ends
  starter.attached_signal.wait(lock, [&] { return starter.attached; });
  return true;
}

// --- Attaching the calling thread ----------------------------------------------------------------

bool ThreadList::adopt_as_java_thread(VMThread* thread, const char* name, bool daemon, Object* group) {
  Object* thread_object = new_thread_object(thread, name, daemon, group ? group : main_group_);
  if (thread_object == nullptr) return false;
  if (!daemon) {
    std::lock_guard<std::mutex> guard(mutex_);
    ++non_daemon_count_;
    thread->set_counted_as_non_daemon(true);
  }
  add(thread, thread_object);
  return true;
}

VMThread* attach_current_thread(Isolate* isolate, const char* name, bool daemon, Object* group) {
  auto owned = std::make_unique<VMThread>(isolate, isolate->options().java_stack_bytes);
  VMThread* thread = owned.get();
  VMThread* previous = VMThread::current();
  VMThread::set_current(thread);
  isolate->safepoints().attach(thread);
  if (!isolate->threads().adopt_as_java_thread(thread, name, daemon, group)) {
    isolate->safepoints().detach(thread);
    VMThread::set_current(previous);
    return nullptr;
  }
  return owned.release();
}

void detach_current_thread(VMThread* thread) {
  Isolate* isolate = thread->isolate();
  isolate->threads().end_java_thread(thread, thread->take_pending_exception());
  isolate->safepoints().detach(thread);
  VMThread::set_current(nullptr);
  delete thread;
}

// --- Interrupts and sleep ---------------------------------------------------------------------------

bool java_interrupt_status(VMThread* thread, bool clear) {
  if (thread->thread_object() == nullptr) return false;
  std::atomic_ref<int8_t> field = interrupted_field(thread);
  if (field.load(std::memory_order_seq_cst) == 0) return false;
  if (clear) {
    field.store(0, std::memory_order_seq_cst);
    thread->set_interrupt_signal(false);
  }
  return true;
}

bool sleep_interruptibly(VMThread* thread, int64_t millis) {
  auto throw_interrupted = [&] {
    throw_new(thread, WellKnown::InterruptedException, "sleep interrupted");
    return false;
  };
  if (java_interrupt_status(thread, true)) return throw_interrupted();
  if (millis == 0) {
    sched_yield();
    return true;
  }
  constexpr int64_t kForever = int64_t{100} * 365 * 24 * 3600 * 1000;  // keeps the time point in range
  auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(std::min(millis, kForever));
  JavaStateScope sleeping(thread, JavaThreadState::TimedWaiting);
  for (;;) {
    // Clear before checking: an interrupt after the check finds the signal set.
    thread->set_interrupt_signal(false);
    if (java_interrupt_status(thread, true)) return throw_interrupted();
    if (std::chrono::steady_clock::now() >= deadline) return true;
    SafeRegion region(thread);
    while (!thread->interrupt_signalled() && std::chrono::steady_clock::now() < deadline) {
      thread->parker().park(deadline);
    }
  }
}

}  // namespace islet::runtime
