// Attaching and detaching embedder threads, and the waits of an isolate's teardown.
#include "invocation/attached_threads.hpp"

#include <algorithm>

#include "interp/interpreter.hpp"
#include "jni/function_support.hpp"
#include "runtime/allocation.hpp"
#include "runtime/isolate.hpp"
#include "runtime/safepoint.hpp"
#include "runtime/strings.hpp"

namespace islet::invocation {

namespace {

using runtime::Class;
using runtime::Method;
using runtime::Slot;
using runtime::WellKnown;

// --- The Java side of an attached thread ------------------------------------------------------

// The ThreadGroup of the isolate's main thread: attached threads join it unless asked otherwise.
Object* main_thread_group(Isolate* isolate) {
  Class* thread_class = isolate->well_known(WellKnown::Thread);
  runtime::Field* group = thread_class->find_declared_field("group", "Ljava/lang/ThreadGroup;");
  Object* main = isolate->main_thread()->thread_object();
  return group != nullptr && main != nullptr ? main->field_at<Object*>(group->offset) : nullptr;
}

// The name of a thread attached without one: "Thread-<n>", numbered like new Thread().
Object* next_anonymous_name(VMThread* thread) {
  Class* thread_class = thread->isolate()->well_known(WellKnown::Thread);
  Method* next_number = thread_class->find_declared_method("nextThreadNum", "()I");
  if (next_number == nullptr) return nullptr;
  int32_t number = interp::call_method(thread, next_number, std::span<const Slot>()).i;
  if (thread->has_pending_exception()) return nullptr;
  return runtime::new_string_from_utf8(thread, "Thread-" + std::to_string(number));
}

// Gives `thread` a java.lang.Thread through the constructor the VM uses for the threads it
// creates or attaches; Thread.currentThread() returns it from inside that constructor already.
bool make_thread_object(VMThread* thread, const AttachRequest& request) {
  Isolate* isolate = thread->isolate();
  Class* thread_class = isolate->well_known(WellKnown::Thread);
  Method* constructor =
      thread_class->find_declared_method("<init>", "(Ljava/lang/ThreadGroup;Ljava/lang/String;IZ)V");
  if (constructor == nullptr) return false;
  Object* group = request.group != nullptr && *request.group != nullptr ? *request.group : main_thread_group(isolate);
  Object* name = request.name != nullptr ? jni::new_string_from_jni_utf(thread, request.name) : next_anonymous_name(thread);
  Object* thread_object = name != nullptr ? runtime::new_instance(thread, thread_class) : nullptr;
  if (thread_object == nullptr) return false;
  thread->set_thread_object(thread_object);
  constexpr int32_t kNormalPriority = 5;
  interp::call_method(thread, constructor,
                      {Slot::of_ref(thread_object), Slot::of_ref(group), Slot::of_ref(name),
                       Slot::of_int(kNormalPriority), Slot::of_int(request.daemon ? 1 : 0)});
  return !thread->has_pending_exception();
}

// A new VMThread for the calling OS thread, attached to the safepoints and current; null (and
// nothing left behind) if its Java identity could not be made.
VMThread* attach_os_thread(Isolate* isolate, const AttachRequest& request) {
  auto owned = std::make_unique<VMThread>(isolate, isolate->options().java_stack_bytes);
  VMThread* thread = owned.get();
  VMThread::set_current(thread);
  isolate->safepoints().attach(thread);
  if (!make_thread_object(thread, request)) {
    thread->take_pending_exception();
    isolate->safepoints().detach(thread);
    return nullptr;  // ~VMThread forgets it as this OS thread's current thread
  }
  return owned.release();
}

// Ends the Java life of the calling OS thread's `thread` and takes it off the safepoints. An
// exception still pending is dropped (HotSpot does not report it either).
void detach_os_thread(VMThread* thread) {
  thread->take_pending_exception();
  thread->isolate()->safepoints().detach(thread);
  VMThread::forget_current(thread);
}

}  // namespace

// --- The registry -----------------------------------------------------------------------------

AttachedThreads::~AttachedThreads() {
  for (const Entry& entry : threads_) {
    if (entry.owned) delete entry.thread;
  }
}

void AttachedThreads::add_creating_thread(VMThread* thread) {
  std::lock_guard<std::mutex> guard(mutex_);
  threads_.push_back({thread, false, false, "main"});
}

bool AttachedThreads::contains(VMThread* thread) {
  std::lock_guard<std::mutex> guard(mutex_);
  return std::any_of(threads_.begin(), threads_.end(), [&](const Entry& e) { return e.thread == thread; });
}

VMThread* AttachedThreads::attach(Isolate* isolate, const AttachRequest& request) {
  {
    std::lock_guard<std::mutex> guard(mutex_);
    if (closing_) return nullptr;
    ++attaching_;
  }
  VMThread* thread = attach_os_thread(isolate, request);
  std::lock_guard<std::mutex> guard(mutex_);
  --attaching_;
  if (thread != nullptr) {
    threads_.push_back({thread, request.daemon, true, request.name ? request.name : ""});
  }
  changed_.notify_all();
  return thread;
}

void AttachedThreads::detach(VMThread* thread) {
  detach_os_thread(thread);
  bool owned = false;
  {
    std::lock_guard<std::mutex> guard(mutex_);
    auto it = std::find_if(threads_.begin(), threads_.end(), [&](const Entry& e) { return e.thread == thread; });
    if (it != threads_.end()) {
      owned = it->owned;
      threads_.erase(it);
    }
    changed_.notify_all();
  }
  if (owned) delete thread;
}

bool AttachedThreads::close() {
  std::lock_guard<std::mutex> guard(mutex_);
  if (closing_) return false;
  closing_ = true;
  return true;
}

void AttachedThreads::reopen() {
  std::lock_guard<std::mutex> guard(mutex_);
  closing_ = false;
}

bool AttachedThreads::alone(VMThread* self, bool daemons_too) const {
  if (attaching_ != 0) return false;
  return std::all_of(threads_.begin(), threads_.end(),
                     [&](const Entry& e) { return e.thread == self || (e.daemon && !daemons_too); });
}

void AttachedThreads::wait_until_alone(VMThread* self, bool daemons_too) {
  runtime::SafeRegion region(self);
  std::unique_lock<std::mutex> lock(mutex_);  // released before the region ends
  changed_.wait(lock, [&] { return alone(self, daemons_too); });
}

bool AttachedThreads::wait_until_alone_for(VMThread* self, bool daemons_too, std::chrono::milliseconds timeout) {
  runtime::SafeRegion region(self);
  std::unique_lock<std::mutex> lock(mutex_);
  return changed_.wait_for(lock, timeout, [&] { return alone(self, daemons_too); });
}

std::vector<std::string> AttachedThreads::names_of_others(VMThread* self) {
  std::lock_guard<std::mutex> guard(mutex_);
  std::vector<std::string> names;
  for (const Entry& e : threads_) {
    if (e.thread != self) names.push_back(e.name.empty() ? "(unnamed)" : e.name);
  }
  return names;
}

}  // namespace islet::invocation
