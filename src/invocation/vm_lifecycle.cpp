// Creating, attaching to and tearing down embedded isolates (design in vm_lifecycle.hpp).
#include "invocation/vm_lifecycle.hpp"

#include <chrono>
#include <thread>

#include "interp/interpreter.hpp"
#include "invocation/vm_registry.hpp"
#include "jni/environment.hpp"
#include "runtime/class_loader.hpp"
#include "runtime/isolate.hpp"
#include "runtime/safepoint.hpp"
#include "runtime/threads.hpp"

namespace islet::invocation {

namespace {

using runtime::SafeRegion;

AttachedThreads& attached_threads(Isolate* isolate) { return isolate->jni().attached_threads(); }

// java.lang.Shutdown.shutdown(): the registered shutdown hooks, as at the end of a launch.
void run_shutdown_hooks(VMThread* thread) {
  Isolate* isolate = thread->isolate();
  runtime::Class* shutdown = runtime::load_class(thread, isolate->boot_loader(), "java/lang/Shutdown");
  runtime::Method* hooks = shutdown ? shutdown->find_declared_method("shutdown", "()V") : nullptr;
  if (hooks != nullptr) interp::call_method(thread, hooks, std::span<const runtime::Slot>());
  thread->take_pending_exception();
}

// Waits until the threads the teardown must outlive are gone: the embedder's attached threads
// (non-daemon ones, or all), then Java's non-daemon threads. Only the first wait can time out.
bool wait_for_threads(VMThread* self, WaitFor wait_for, std::optional<std::chrono::milliseconds> timeout) {
  AttachedThreads& attached = attached_threads(self->isolate());
  bool daemons_too = wait_for == WaitFor::AllAttachedThreads;
  if (timeout) {
    if (!attached.wait_until_alone_for(self, daemons_too, *timeout)) return false;
  } else {
    attached.wait_until_alone(self, daemons_too);
  }
  self->isolate()->threads().wait_until_only_daemons_remain(self);
  return true;
}

// True once no thread but `self` is attached to the safepoints. A Java thread that has ended
// leaves them a moment after it stops counting as non-daemon, so stragglers get a short grace;
// a daemon thread still running outlasts it.
bool alone_in_isolate(VMThread* self) {
  constexpr auto kGrace = std::chrono::milliseconds(50);
  runtime::Safepoints& safepoints = self->isolate()->safepoints();
  auto deadline = std::chrono::steady_clock::now() + kGrace;
  while (safepoints.count_others(self) != 0) {
    if (std::chrono::steady_clock::now() >= deadline) return false;
    SafeRegion region(self);
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  return true;
}

// The last step. Alone, the isolate is freed with everything it owns, `self` included. With
// daemon threads still inside (Java daemons, attached daemon natives), it cannot be: they are
// stopped for good, as HotSpot stops them at exit, and the isolate is retired, never freed.
void end_isolate(VMThread* self) {
  Isolate* isolate = self->isolate();
  if (alone_in_isolate(self)) {
    std::unique_ptr<Isolate> owned = unregister_vm(isolate);
    owned.reset();
    return;
  }
  isolate->safepoints().stop_others_for_good(self);
  VMThread::forget_current(self);
  retire_vm(isolate);
}

}  // namespace

Isolate* create_vm(runtime::VMOptions options, std::string* error) {
  std::unique_ptr<Isolate> isolate = Isolate::create(std::move(options), error);
  if (!isolate) return nullptr;
  Isolate* created = isolate.get();
  VMThread* main = created->main_thread();
  attached_threads(created).add_creating_thread(main);
  register_vm(std::move(isolate));
  SafeRegion::hand_to_embedder(main);
  return created;
}

Status attach_current_thread(Isolate* isolate, const AttachRequest& request, VMThread** thread) {
  if (VMThread* existing = VMThread::current(isolate)) {
    *thread = existing;
    return Status::Ok;
  }
  VMThread* attached = attached_threads(isolate).attach(isolate, request);
  *thread = attached;
  if (attached == nullptr) return Status::Refused;
  SafeRegion::hand_to_embedder(attached);
  return Status::Ok;
}

Status detach_current_thread(Isolate* isolate) {
  VMThread* thread = VMThread::current(isolate);
  if (thread == nullptr) return Status::Ok;
  if (thread->top_frame() != nullptr) return Status::JavaFramesOnStack;
  SafeRegion::return_from_embedder(thread);
  attached_threads(isolate).detach(thread);
  return Status::Ok;
}

Status destroy_vm(Isolate* isolate, WaitFor wait_for, std::optional<std::chrono::milliseconds> timeout,
                  std::vector<std::string>* still_attached) {
  // Isolates the launcher made end with the process, not through this path.
  if (!is_registered(isolate)) return Status::Refused;
  AttachedThreads& attached = attached_threads(isolate);
  VMThread* self = VMThread::current(isolate);
  if (self == nullptr) {
    // "Any thread, whether attached or not, can invoke this function": attach it first.
    AttachRequest request;
    request.name = "DestroyJavaVM";
    self = attached.attach(isolate, request);
    if (self == nullptr) return Status::Refused;
  } else {
    if (self->top_frame() != nullptr) return Status::JavaFramesOnStack;
    SafeRegion::return_from_embedder(self);
  }
  if (!attached.close()) {  // another thread is ending this isolate
    SafeRegion::hand_to_embedder(self);
    return Status::Refused;
  }
  if (!wait_for_threads(self, wait_for, timeout)) {
    if (still_attached != nullptr) *still_attached = attached.names_of_others(self);
    attached.reopen();
    SafeRegion::hand_to_embedder(self);
    return Status::TimedOut;
  }
  self->take_pending_exception();
  run_shutdown_hooks(self);
  // Threads the VM attached on its own are daemons no teardown waits for; idle ones leave now.
  attached.let_go_of_automatic_threads(self);
  end_isolate(self);  // freeing the isolate runs the libraries' JNI_OnUnload on `self`
  return Status::Ok;
}

}  // namespace islet::invocation
