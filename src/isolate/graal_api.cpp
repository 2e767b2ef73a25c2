// The graal_isolate.h functions, thin shims over src/invocation/vm_lifecycle.hpp (the machinery
// JNI's invocation API uses too). A graal_isolate_t* is the isolate's JavaVM*, a
// graal_isolatethread_t* the thread's VMThread (= its JNIEnv*); pointers the embedder passes are
// checked against the registry of live isolates before they are used.
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "graal_isolate.h"
#include "invocation/vm_lifecycle.hpp"
#include "invocation/vm_registry.hpp"
#include "jni/environment.hpp"
#include "runtime/isolate.hpp"
#include "runtime/options_parser.hpp"

namespace islet::isolate_api {

namespace {

using invocation::Status;
using runtime::Isolate;
using runtime::VMThread;

graal_isolate_t* to_graal(Isolate* isolate) { return reinterpret_cast<graal_isolate_t*>(isolate->jni().java_vm()); }
graal_isolatethread_t* to_graal(VMThread* thread) { return reinterpret_cast<graal_isolatethread_t*>(thread); }
VMThread* from_graal(graal_isolatethread_t* thread) { return reinterpret_cast<VMThread*>(thread); }

int result_of(Status status) {
  switch (status) {
    case Status::Ok: return 0;
    case Status::JavaFramesOnStack: return ISLET_ISOLATE_JAVA_FRAMES;
    case Status::Refused: return ISLET_ISOLATE_CLOSING;
    case Status::TimedOut: return ISLET_ISOLATE_TIMED_OUT;
  }
  return ISLET_ISOLATE_FAILED;
}

// The isolate of `thread` if it is a thread of a live isolate and the calling thread's own.
int check_own_thread(VMThread* thread, Isolate** isolate) {
  if (thread == nullptr) return ISLET_ISOLATE_NULL_ARGUMENT;
  // The calling thread's records are checked before `thread` is read, so a stale pointer (its
  // isolate torn down) is refused rather than followed.
  VMThread* own = VMThread::current();
  bool known = own == thread;
  if (!known) {
    for (Isolate* live : invocation::live_vms()) {
      if (VMThread::current(live) == thread) known = true;
    }
  }
  if (!known) return ISLET_ISOLATE_NOT_CURRENT;
  *isolate = thread->isolate();
  return 0;
}

runtime::VMOptions options_from(const graal_create_isolate_params_t* params) {
  runtime::VMOptions options;
  // The API has no class path parameter: the environment's, as the java launcher would use.
  if (const char* class_path = std::getenv("CLASSPATH"); class_path != nullptr && *class_path != '\0') {
    options.class_path = runtime::split_search_path(class_path);
  }
  if (params != nullptr && params->version >= 1) options.max_heap_bytes = params->reserved_address_space_size;
  return options;
}

// "a, b, c" into report[0..size), always NUL-terminated when size > 0.
void write_report(const std::vector<std::string>& names, char* report, size_t size) {
  if (report == nullptr || size == 0) return;
  std::string text;
  for (const std::string& name : names) text += (text.empty() ? "" : ", ") + name;
  size_t length = std::min(text.size(), size - 1);
  std::memcpy(report, text.data(), length);
  report[length] = '\0';
}

}  // namespace

}  // namespace islet::isolate_api

using namespace islet;
using namespace islet::isolate_api;

extern "C" {

JNIEXPORT int graal_create_isolate(graal_create_isolate_params_t* params, graal_isolate_t** isolate,
                                   graal_isolatethread_t** thread) {
  std::string error;
  runtime::Isolate* created = invocation::create_vm(options_from(params), &error);
  if (created == nullptr) return ISLET_ISOLATE_FAILED;
  if (isolate != nullptr) *isolate = to_graal(created);
  if (thread != nullptr) *thread = to_graal(created->main_thread());
  return 0;
}

JNIEXPORT int graal_attach_thread(graal_isolate_t* isolate, graal_isolatethread_t** thread) {
  if (isolate == nullptr || thread == nullptr) return ISLET_ISOLATE_NULL_ARGUMENT;
  runtime::Isolate* live = invocation::find_vm(isolate);
  if (live == nullptr) return ISLET_ISOLATE_UNKNOWN_ISOLATE;
  runtime::VMThread* attached = nullptr;
  invocation::Status status = invocation::attach_current_thread(live, invocation::AttachRequest(), &attached);
  if (status != invocation::Status::Ok) return result_of(status);
  *thread = to_graal(attached);
  return 0;
}

JNIEXPORT graal_isolatethread_t* graal_get_current_thread(graal_isolate_t* isolate) {
  runtime::Isolate* live = isolate != nullptr ? invocation::find_vm(isolate) : nullptr;
  runtime::VMThread* thread = live != nullptr ? runtime::VMThread::current(live) : nullptr;
  return thread != nullptr ? to_graal(thread) : nullptr;
}

JNIEXPORT graal_isolate_t* graal_get_isolate(graal_isolatethread_t* thread) {
  if (thread == nullptr) return nullptr;
  return to_graal(from_graal(thread)->isolate());
}

JNIEXPORT int graal_detach_thread(graal_isolatethread_t* thread) {
  runtime::Isolate* isolate = nullptr;
  if (int error = check_own_thread(from_graal(thread), &isolate)) return error;
  return result_of(invocation::detach_current_thread(isolate));
}

JNIEXPORT int graal_tear_down_isolate(graal_isolatethread_t* thread) {
  runtime::Isolate* isolate = nullptr;
  if (int error = check_own_thread(from_graal(thread), &isolate)) return error;
  return result_of(invocation::destroy_vm(isolate, invocation::WaitFor::AllAttachedThreads));
}

JNIEXPORT int islet_tear_down_isolate_timed(graal_isolatethread_t* thread, long timeout_millis, char* report,
                                            size_t report_size) {
  runtime::Isolate* isolate = nullptr;
  if (int error = check_own_thread(from_graal(thread), &isolate)) return error;
  std::vector<std::string> still_attached;
  invocation::Status status = invocation::destroy_vm(isolate, invocation::WaitFor::AllAttachedThreads,
                                                     std::chrono::milliseconds(std::max(0L, timeout_millis)),
                                                     &still_attached);
  if (status == invocation::Status::TimedOut) write_report(still_attached, report, report_size);
  return result_of(status);
}

}  // extern "C"
