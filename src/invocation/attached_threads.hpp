// The threads embedders attached to one isolate: the creating thread of JNI_CreateJavaVM or
// graal_create_isolate, and every thread attached by AttachCurrentThread(AsDaemon) or
// graal_attach_thread. This registry owns their VMThreads (so teardown can free those still
// attached), knows which are daemons, and closes the isolate to new attaches while it ends:
// DestroyJavaVM waits here for non-daemon threads to detach, graal_tear_down_isolate for all.
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
  // have no Java frames: ends its Java thread, leaves the safepoint registry, frees it.
  void detach(VMThread* thread);

  // Starts the end of the isolate: no attach succeeds from now on. False if another thread
  // started it already.
  bool close();
  // Undoes close() (a timed teardown gave up): attaches succeed again.
  void reopen();

  // Blocks (safely) until every attached thread other than `self` has detached — or, with
  // `daemons_too` false, every non-daemon one. With a timeout, returns false when it expires.
  void wait_until_alone(VMThread* self, bool daemons_too);
  bool wait_until_alone_for(VMThread* self, bool daemons_too, std::chrono::milliseconds timeout);

  // Names of the threads other than `self` still attached (for the timed teardown's report).
  std::vector<std::string> names_of_others(VMThread* self);

 private:
  struct Entry {
    VMThread* thread;
    bool daemon;
    bool owned;        // false for the creating thread, which the Isolate owns
    std::string name;  // as given at attach, for reports
  };
  bool alone(VMThread* self, bool daemons_too) const;

  std::mutex mutex_;
  std::condition_variable changed_;
  std::vector<Entry> threads_;
  uint32_t attaching_ = 0;  // attaches under way: counted so that closing waits for them
  bool closing_ = false;
};

}  // namespace islet::invocation
