// Attaching and detaching embedder threads, and the waits of an isolate's teardown.
#include "invocation/attached_threads.hpp"

#include <algorithm>

#include "runtime/isolate.hpp"
#include "runtime/safepoint.hpp"
#include "runtime/strings.hpp"
#include "runtime/threads.hpp"

namespace islet::invocation {

namespace {

// The Java side of attaching is runtime/threads.hpp's: a VMThread with this OS thread's stack
// bounds, registered with the safepoints and the isolate's thread list (non-daemons count for
// DestroyJavaVM), with a java.lang.Thread made by the VM's private constructor.
VMThread* attach_os_thread(Isolate* isolate, const AttachRequest& request) {
  Object* group = request.group != nullptr ? *request.group : nullptr;
  return runtime::attach_current_thread(isolate, request.name, request.daemon, group);
}

// The thread's Java name, for reports (it may have been generated: "Thread-3").
std::string java_name_of(VMThread* thread) {
  Object* thread_object = thread->thread_object();
  Object* name = thread_object != nullptr
                     ? thread_object->field_at<Object*>(thread->isolate()->offsets().thread_name)
                     : nullptr;
  return name != nullptr ? runtime::string_to_utf8(thread, name) : std::string();
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
  std::string name = thread != nullptr ? java_name_of(thread) : std::string();
  std::lock_guard<std::mutex> guard(mutex_);
  --attaching_;
  if (thread != nullptr) threads_.push_back({thread, request.daemon, true, std::move(name)});
  changed_.notify_all();
  return thread;
}

void AttachedThreads::detach(VMThread* thread) {
  bool owned = true;
  {
    std::lock_guard<std::mutex> guard(mutex_);
    auto it = std::find_if(threads_.begin(), threads_.end(), [&](const Entry& e) { return e.thread == thread; });
    if (it != threads_.end()) owned = it->owned;
  }
  if (owned) {
    runtime::detach_current_thread(thread);  // frees it
  } else {
    // The creating thread: its Java thread ends, the Isolate keeps the VMThread.
    Isolate* isolate = thread->isolate();
    isolate->threads().end_java_thread(thread, thread->take_pending_exception());
    isolate->safepoints().detach(thread);
    VMThread::forget_current(thread);
  }
  // Only now, with the thread gone from the VM, may a teardown waiting for it go on (and free
  // the isolate, this registry included: nothing here is touched after the lock is released).
  std::lock_guard<std::mutex> guard(mutex_);
  std::erase_if(threads_, [&](const Entry& e) { return e.thread == thread; });
  changed_.notify_all();
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
