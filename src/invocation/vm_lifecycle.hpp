// The life of an embedded VM, shared by JNI's invocation API (src/invocation/invocation_api.cpp,
// the JavaVM table in src/jni/isolate_state.cpp) and the graal_isolate.h API (src/isolate/):
// creating an isolate with the calling thread as "main", attaching and detaching the calling
// thread, and tearing the isolate down so that everything it owned is freed.
//
// Threads an embedder holds between calls are "handed to the embedder" (safe for the collector,
// with nothing of their C++ stack to scan: runtime/safepoint.hpp); JNI functions bring them into
// the VM for their duration. Each function here starts and ends with the calling thread in that
// state (or not attached at all).
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "invocation/attached_threads.hpp"
#include "runtime/options.hpp"

namespace islet::invocation {

enum class Status {
  Ok,
  JavaFramesOnStack,  // detach or teardown requested from inside a native method
  Refused,            // the isolate is closing, or its Java side failed to attach the thread
  TimedOut,           // a timed teardown found threads still attached (the isolate lives on)
};

// Boots an isolate for an embedder with the calling thread attached as "main", lists it for
// JNI_GetCreatedJavaVMs. Null with *error set if it could not boot.
Isolate* create_vm(runtime::VMOptions options, std::string* error);

// The calling thread's VMThread in `isolate`, attaching the thread first if it is not attached
// (an attached thread keeps its VMThread and daemon status). Refused with *thread null.
Status attach_current_thread(Isolate* isolate, const AttachRequest& request, VMThread** thread);

// Detaches the calling thread (a no-op if it is not attached).
Status detach_current_thread(Isolate* isolate);

// What a teardown waits for before it ends the isolate.
enum class WaitFor {
  NonDaemonThreads,    // DestroyJavaVM: Java threads and attached native threads, not daemons
  AllAttachedThreads,  // graal_tear_down_isolate: every other attached thread
};

// Ends `isolate` from the calling thread (attached first if it is not): waits as `wait_for`
// says, runs the shutdown hooks and the libraries' JNI_OnUnload, and frees the isolate. With a
// timeout, gives up when it expires: TimedOut, the names of the threads still attached in
// *still_attached, and the isolate keeps running.
Status destroy_vm(Isolate* isolate, WaitFor wait_for,
                  std::optional<std::chrono::milliseconds> timeout = std::nullopt,
                  std::vector<std::string>* still_attached = nullptr);

}  // namespace islet::invocation
