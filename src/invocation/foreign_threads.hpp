// Calls into Java from native code on any thread. A C library may call a function pointer the VM
// made (an NFI callback) on a thread the VM has never seen; such a thread is attached
// automatically, once: as a daemon named "Thread-<n>" (as HotSpot and GraalVM name threads they
// attach), cached in the OS thread's own table, and detached when the OS thread exits. Threads
// that are attached already (Java threads, threads an embedder attached) simply enter the VM for
// the call; the exit hook never detaches them.
//
// The isolate is reached through its IsolateGate (runtime/isolate_gate.hpp), which the caller's
// native data shares: a call after the isolate has ended is refused, never a use of freed memory.
// The isolate's end lets go of automatic threads (attached_threads.hpp) without waiting for
// their OS threads, whose exit hooks then find the gate closed or the attachment let go of.
#pragma once

#include <memory>
#include <optional>

#include "runtime/isolate_gate.hpp"
#include "runtime/safepoint.hpp"

namespace islet::invocation {

using runtime::IsolateGate;
using runtime::VMThread;

struct AutomaticRecord;  // one automatic attachment of the calling OS thread (foreign_threads.cpp)

// For the duration of a call from native code into Java: the calling thread's VMThread in the
// gate's isolate, running (in VM state), attached first if it was not. Calls nest (Java called
// back, called native code, which called back again). When it ends, the thread is as it was:
// an idle automatic thread or an embedder's thread safe again, a Java thread in its native call.
class ForeignCall {
 public:
  explicit ForeignCall(const std::shared_ptr<IsolateGate>& gate);
  ~ForeignCall();
  ForeignCall(const ForeignCall&) = delete;
  ForeignCall& operator=(const ForeignCall&) = delete;

  // Null if the call is refused; refusal() then says why.
  VMThread* thread() const { return thread_; }
  const char* refusal() const { return refusal_; }

 private:
  void enter_attached(VMThread* thread);

  VMThread* thread_ = nullptr;
  const char* refusal_ = nullptr;
  AutomaticRecord* automatic_ = nullptr;  // the thread's automatic attachment, if it has one
  bool made_busy_ = false;                 // this call took the automatic thread from idle
  std::optional<runtime::ThreadInVM> in_vm_;  // otherwise: how the thread entered the VM
};

// trufflenfi.h's attachCurrentThread: the calling thread's VMThread in the gate's isolate,
// attaching it automatically (left idle) if it is not attached. Null if the isolate has ended or
// is ending.
VMThread* attach_automatically(const std::shared_ptr<IsolateGate>& gate);

// trufflenfi.h's detachCurrentThread: detaches the calling thread if it was attached
// automatically and is not inside a call. Threads attached otherwise stay attached.
void detach_if_automatic(const std::shared_ptr<IsolateGate>& gate);

// The calling thread's VMThread in the gate's isolate, or null (not attached, or the isolate
// has ended).
VMThread* current_thread(const IsolateGate& gate);

}  // namespace islet::invocation
