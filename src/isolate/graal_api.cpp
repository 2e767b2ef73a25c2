// The graal_isolate.h functions: typed bodies (graal_functions.hpp) over
// src/invocation/vm_lifecycle.hpp (the machinery JNI's invocation API uses too), and the exported
// thin shims. A graal_isolate_t* is the isolate's JavaVM*, a graal_isolatethread_t* the thread's
// VMThread (= its JNIEnv*); pointers the embedder passes are checked against the registry of live
// isolates before they are used.
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "graal_isolate.h"
#include "invocation/vm_lifecycle.hpp"
#include "invocation/vm_registry.hpp"
#include "islet/entry_points.h"
#include "isolate/graal_functions.hpp"
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

int create_isolate(runtime::VMOptions options, graal_isolate_t** isolate, graal_isolatethread_t** thread) {
  std::string error;
  Isolate* created = invocation::create_vm(std::move(options), &error);
  if (created == nullptr) return ISLET_ISOLATE_FAILED;
  if (isolate != nullptr) *isolate = to_graal(created);
  if (thread != nullptr) *thread = to_graal(created->main_thread());
  return 0;
}

int create_isolate(graal_create_isolate_params_t* params, graal_isolate_t** isolate, graal_isolatethread_t** thread) {
  return create_isolate(options_from(params), isolate, thread);
}

int attach_thread(graal_isolate_t* isolate, graal_isolatethread_t** thread) {
  if (isolate == nullptr || thread == nullptr) return ISLET_ISOLATE_NULL_ARGUMENT;
  Isolate* live = invocation::find_vm(isolate);
  if (live == nullptr) return ISLET_ISOLATE_UNKNOWN_ISOLATE;
  VMThread* attached = nullptr;
  Status status = invocation::attach_current_thread(live, invocation::AttachRequest(), &attached);
  if (status != Status::Ok) return result_of(status);
  *thread = to_graal(attached);
  return 0;
}

graal_isolatethread_t* get_current_thread(graal_isolate_t* isolate) {
  Isolate* live = isolate != nullptr ? invocation::find_vm(isolate) : nullptr;
  VMThread* thread = live != nullptr ? VMThread::current(live) : nullptr;
  return thread != nullptr ? to_graal(thread) : nullptr;
}

graal_isolate_t* get_isolate(graal_isolatethread_t* thread) {
  if (thread == nullptr) return nullptr;
  return to_graal(from_graal(thread)->isolate());
}

int detach_thread(graal_isolatethread_t* thread) {
  Isolate* isolate = nullptr;
  if (int error = check_own_thread(from_graal(thread), &isolate)) return error;
  return result_of(invocation::detach_current_thread(isolate));
}

int tear_down_isolate(graal_isolatethread_t* thread) {
  Isolate* isolate = nullptr;
  if (int error = check_own_thread(from_graal(thread), &isolate)) return error;
  return result_of(invocation::destroy_vm(isolate, invocation::WaitFor::AllAttachedThreads));
}

int tear_down_isolate_timed(graal_isolatethread_t* thread, long timeout_millis, char* report, size_t report_size) {
  Isolate* isolate = nullptr;
  if (int error = check_own_thread(from_graal(thread), &isolate)) return error;
  std::vector<std::string> still_attached;
  Status status = invocation::destroy_vm(isolate, invocation::WaitFor::AllAttachedThreads,
                                         std::chrono::milliseconds(std::max(0L, timeout_millis)), &still_attached);
  if (status == Status::TimedOut) write_report(still_attached, report, report_size);
  return result_of(status);
}

}  // namespace islet::isolate_api

using namespace islet;

extern "C" {

JNIEXPORT int graal_create_isolate(graal_create_isolate_params_t* params, graal_isolate_t** isolate,
                                   graal_isolatethread_t** thread) {
  return isolate_api::create_isolate(params, isolate, thread);
}

JNIEXPORT int graal_attach_thread(graal_isolate_t* isolate, graal_isolatethread_t** thread) {
  return isolate_api::attach_thread(isolate, thread);
}

JNIEXPORT graal_isolatethread_t* graal_get_current_thread(graal_isolate_t* isolate) {
  return isolate_api::get_current_thread(isolate);
}

JNIEXPORT graal_isolate_t* graal_get_isolate(graal_isolatethread_t* thread) { return isolate_api::get_isolate(thread); }

JNIEXPORT int graal_detach_thread(graal_isolatethread_t* thread) { return isolate_api::detach_thread(thread); }

JNIEXPORT int graal_tear_down_isolate(graal_isolatethread_t* thread) { return isolate_api::tear_down_isolate(thread); }

JNIEXPORT int islet_tear_down_isolate_timed(graal_isolatethread_t* thread, long timeout_millis, char* report,
                                            size_t report_size) {
  return isolate_api::tear_down_isolate_timed(thread, timeout_millis, report, report_size);
}

JNIEXPORT const islet_isolate_functions_t* islet_isolate_functions(void) {
  static constexpr islet_isolate_functions_t kFunctions = {
      .create_isolate = isolate_api::create_isolate,
      .attach_thread = isolate_api::attach_thread,
      .get_current_thread = isolate_api::get_current_thread,
      .get_isolate = isolate_api::get_isolate,
      .detach_thread = isolate_api::detach_thread,
      .tear_down_isolate = isolate_api::tear_down_isolate,
      .tear_down_isolate_timed = isolate_api::tear_down_isolate_timed,
  };
  return &kFunctions;
}

}  // extern "C"
