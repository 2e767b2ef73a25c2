// The threads attached to one isolate from outside Java: the creating thread of JNI_CreateJavaVM or
// graal_create_isolate, every thread attached by AttachCurrentThread(AsDaemon) or
// graal_attach_thread, and the threads the VM attached on its own because native code called into
// Java on them (automatic attachments, invocation/foreign_threads.hpp). This registry owns their
// VMThreads (so teardown can free those still attached), knows which are daemons, and closes the
// isolate to new attaches while it ends: DestroyJavaVM waits here for non-daemon threads to
// detach, graal_tear_down_isolate for all that embedders attached.
//
// Automatic attachments are daemons that no teardown waits for. Between calls into Java they
// are idle (safe, like an embedder's thread between JNI calls); a call makes them busy. At its
// end an isolate lets go of them: idle ones leave the VM at once (their OS threads may live on;
// their exit hooks then find nothing to do), busy ones as their call returns.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "runtime/vm_thread.hpp"

namespace islet::runtime {
class Isolate;
struct Object;
}

namespace islet::invocation {

using runtime::Isolate;
using runtime::Object;
using runtime::VMThread;

// What an attach asks for (JavaVMAttachArgs, or graal_attach_thread's defaults).
struct AttachRequest {
  const char* name = nullptr;  // modified UTF-8; null: "Thread-<n>" as for new Thread()
  bool daemon = false;
  Object** group = nullptr;    // a handle to a ThreadGroup, or null for the main group
};

class AttachedThreads {
 public:
  AttachedThreads() = default;
  ~AttachedThreads();  // frees the VMThreads of threads still attached (the isolate has ended)
  AttachedThreads(const AttachedThreads&) = delete;
  AttachedThreads& operator=(const AttachedThreads&) = delete;

  // Records the isolate's creating thread, "main" (owned by the Isolate, non-daemon).
  void add_creating_thread(VMThread* thread);

  // True if `thread` is one of the threads recorded here.
  bool contains(VMThread* thread);

  // Attaches the calling OS thread to `isolate` as a new Java thread. Null if the isolate is
  // closing or the Thread object could not be made. The thread is left running (in the VM).
  VMThread* attach(Isolate* isolate, const AttachRequest& request);

  // Detaches `thread`, the calling OS thread's VMThread, which must be running (not safe) and
  // have no Java frames: ends its Java thread, leaves the safepoint registry, frees it. An
  // automatic attachment the isolate has let go of is only forgotten by the OS thread.
  void detach(VMThread* thread);

  // --- Automatic attachments ----------------------------------------------------------------
  // Attaches the calling OS thread as a daemon named "Thread-<n>", left running and busy (in a
  // call). Null if the isolate is closing or the Thread object could not be made. *serial tells
  // this attachment from a later one that reuses the VMThread's address.
  VMThread* attach_automatic(Isolate* isolate, uint64_t* serial);

  enum class CallEntry {
    Entered,  // the thread is busy now
    Ended,    // the isolate has let go of the thread: it is ending
    Unknown,  // no such attachment (it was detached explicitly)
  };
  // An idle automatic thread (safe) begins a call into Java.
  CallEntry begin_call(VMThread* thread, uint64_t serial);
  // A busy automatic thread's call has returned and the thread is safe again. If the end of the
  // isolate asked for it meanwhile, the thread leaves the VM here: the isolate may be freed as
  // soon as this returns.
  void end_call(VMThread* thread);
  // Detaches an idle automatic thread on its own OS thread (its exit hook, or trufflenfi.h's
  // detachCurrentThread). Nothing if the attachment is gone or the isolate let go of it.
  void detach_automatic(VMThread* thread, uint64_t serial);

  // The end of the isolate, after close() and the waits: lets go of every automatic thread but
  // `self` (running). Idle ones leave the VM now (their VMThreads are freed with this registry),
  // busy ones when their call returns (end_call); detaches under way are waited for.
  void let_go_of_automatic_threads(VMThread* self);

  // Starts the end of the isolate: no attach succeeds from now on. False if another thread
  // started it already.
  bool close();
  // Undoes close() (a timed teardown gave up): attaches succeed again.
  void reopen();

  // Blocks (safely) until every attached thread other than `self` has detached — or, with
  // `daemons_too` false, every non-daemon one. Automatic attachments are not waited for. With a
  // timeout, returns false when it expires.
  void wait_until_alone(VMThread* self, bool daemons_too);
  bool wait_until_alone_for(VMThread* self, bool daemons_too, std::chrono::milliseconds timeout);

  // Names of the threads other than `self` still attached and waited for (for the timed
  // teardown's report).
  std::vector<std::string> names_of_others(VMThread* self);

 private:
  enum class Kind : uint8_t {
    Creating,   // the isolate's creating thread: the Isolate owns its VMThread
    Embedder,   // AttachCurrentThread(AsDaemon), graal_attach_thread
    Automatic,  // attached by the VM for a call from native code
  };
  // Where an automatic attachment stands (the others stay Idle).
  enum class CallState : uint8_t { Idle, Busy, Detaching, LetGo };
  struct Entry {
    VMThread* thread;
    Kind kind;
    bool daemon;
    std::string name;  // as given at attach, for reports
    uint64_t serial = 0;
    CallState state = CallState::Idle;
    bool let_go_requested = false;  // busy when the isolate ended: leaves after its call
  };
  using Iterator = std::vector<Entry>::iterator;
  VMThread* attach_as(Isolate* isolate, const AttachRequest& request, Kind kind, uint64_t* serial);
  // The rest of a detach once the entry is claimed: the VM side, then the entry (under the lock).
  void finish_detach(VMThread* thread, Kind kind);
  Iterator find(VMThread* thread);
  Iterator find_automatic(VMThread* thread, uint64_t serial);
  bool alone(VMThread* self, bool daemons_too) const;
  bool automatic_detach_under_way(VMThread* self) const;

  std::mutex mutex_;
  std::condition_variable changed_;
  std::vector<Entry> threads_;
  uint32_t attaching_ = 0;  // attaches under way: counted so that closing waits for them
  uint64_t next_serial_ = 1;
  bool closing_ = false;
};

}  // namespace islet::invocation
