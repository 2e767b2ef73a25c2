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
    if (entry.kind != Kind::Creating) delete entry.thread;
  }
}

AttachedThreads::Iterator AttachedThreads::find(VMThread* thread) {
  return std::find_if(threads_.begin(), threads_.end(), [&](const Entry& e) { return e.thread == thread; });
}

AttachedThreads::Iterator AttachedThreads::find_automatic(VMThread* thread, uint64_t serial) {
  return std::find_if(threads_.begin(), threads_.end(), [&](const Entry& e) {
    return e.thread == thread && e.kind == Kind::Automatic && e.serial == serial;
  });
}

void AttachedThreads::add_creating_thread(VMThread* thread) {
  std::lock_guard<std::mutex> guard(mutex_);
  threads_.push_back({thread, Kind::Creating, false, "main"});
}

bool AttachedThreads::contains(VMThread* thread) {
  std::lock_guard<std::mutex> guard(mutex_);
  return find(thread) != threads_.end();
}

VMThread* AttachedThreads::attach(Isolate* isolate, const AttachRequest& request) {
  return attach_as(isolate, request, Kind::Embedder, nullptr);
}

VMThread* AttachedThreads::attach_automatic(Isolate* isolate, uint64_t* serial) {
  AttachRequest request;  // "Thread-<n>" in the main group, as HotSpot names attached threads
  request.daemon = true;
  return attach_as(isolate, request, Kind::Automatic, serial);
}

VMThread* AttachedThreads::attach_as(Isolate* isolate, const AttachRequest& request, Kind kind, uint64_t* serial) {
  {
    std::lock_guard<std::mutex> guard(mutex_);
    if (closing_) return nullptr;
    ++attaching_;
  }
  VMThread* thread = attach_os_thread(isolate, request);
  std::string name = thread != nullptr ? java_name_of(thread) : std::string();
  std::lock_guard<std::mutex> guard(mutex_);
  --attaching_;
  if (thread != nullptr) {
    Entry entry{thread, kind, request.daemon, std::move(name)};
    if (kind == Kind::Automatic) {
      entry.serial = next_serial_++;
      entry.state = CallState::Busy;
      *serial = entry.serial;
    }
    threads_.push_back(std::move(entry));
  }
  changed_.notify_all();
  return thread;
}

void AttachedThreads::detach(VMThread* thread) {
  Kind kind = Kind::Embedder;
  {
    std::lock_guard<std::mutex> guard(mutex_);
    auto it = find(thread);
    if (it != threads_.end()) {
      kind = it->kind;
      if (it->state == CallState::LetGo) {
        // Out of the VM already; its VMThread goes with the isolate.
        VMThread::forget_current(thread);
        return;
      }
      it->state = CallState::Detaching;
    }
  }
  finish_detach(thread, kind);
}

void AttachedThreads::finish_detach(VMThread* thread, Kind kind) {
  if (kind != Kind::Creating) {
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

// --- Automatic attachments --------------------------------------------------------------------

AttachedThreads::CallEntry AttachedThreads::begin_call(VMThread* thread, uint64_t serial) {
  std::lock_guard<std::mutex> guard(mutex_);
  auto it = find_automatic(thread, serial);
  if (it == threads_.end()) return CallEntry::Unknown;
  if (it->state != CallState::Idle) return CallEntry::Ended;
  it->state = CallState::Busy;
  return CallEntry::Entered;
}

void AttachedThreads::end_call(VMThread* thread) {
  {
    std::lock_guard<std::mutex> guard(mutex_);
    auto it = find(thread);
    if (it == threads_.end()) return;
    if (!it->let_go_requested) {
      it->state = CallState::Idle;
      return;
    }
    it->state = CallState::LetGo;
  }
  // The isolate is ending and waits for this thread to leave the safepoints: the last touch.
  thread->isolate()->safepoints().detach(thread);
}

void AttachedThreads::detach_automatic(VMThread* thread, uint64_t serial) {
  {
    std::lock_guard<std::mutex> guard(mutex_);
    auto it = find_automatic(thread, serial);
    if (it == threads_.end() || it->state != CallState::Idle) return;
    it->state = CallState::Detaching;
  }
  runtime::SafeRegion::return_from_embedder(thread);
  finish_detach(thread, Kind::Automatic);
}

bool AttachedThreads::automatic_detach_under_way(VMThread* self) const {
  return std::any_of(threads_.begin(), threads_.end(), [&](const Entry& e) {
    return e.thread != self && e.kind == Kind::Automatic && e.state == CallState::Detaching;
  });
}

void AttachedThreads::let_go_of_automatic_threads(VMThread* self) {
  runtime::SafeRegion region(self);
  std::vector<VMThread*> idle;
  {
    std::unique_lock<std::mutex> lock(mutex_);  // released before the region ends
    changed_.wait(lock, [&] { return !automatic_detach_under_way(self); });
    for (Entry& entry : threads_) {
      if (entry.kind != Kind::Automatic || entry.thread == self) continue;
      if (entry.state == CallState::Idle) {
        entry.state = CallState::LetGo;
        idle.push_back(entry.thread);
      } else if (entry.state == CallState::Busy) {
        entry.let_go_requested = true;
      }
    }
  }
  // Idle threads are safe and, let go of, never enter again: they leave the safepoints here, on
  // this thread (outside the lock: leaving may wait for a collection to end).
  for (VMThread* thread : idle) self->isolate()->safepoints().detach(thread);
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
  return std::all_of(threads_.begin(), threads_.end(), [&](const Entry& e) {
    return e.thread == self || e.kind == Kind::Automatic || (e.daemon && !daemons_too);
  });
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
    if (e.thread != self && e.kind != Kind::Automatic) names.push_back(e.name.empty() ? "(unnamed)" : e.name);
  }
  return names;
}

}  // namespace islet::invocation
