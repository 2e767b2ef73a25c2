// The exported entry points of JNI's invocation API: JNI_GetDefaultJavaVMInitArgs,
// JNI_CreateJavaVM and JNI_GetCreatedJavaVMs. Option strings are parsed by the same function
// as the launcher's (runtime/options_parser.hpp); messages and return codes follow HotSpot's.
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>

#include "invocation/vm_lifecycle.hpp"
#include "invocation/vm_registry.hpp"
#include "jni.h"
#include "jni/environment.hpp"
#include "runtime/isolate.hpp"
#include "runtime/options_parser.hpp"

namespace islet::invocation {

namespace {

using runtime::OptionOutcome;
using runtime::VMOptions;

// Versions whose JavaVMInitArgs layout this is: every JNI version islet implements but 1.1,
// whose JDK1_1InitArgs was a different structure.
bool is_init_args_version(jint version) { return version != JNI_VERSION_1_1 && jni::is_supported_version(version); }

// "-X..." and "_..." options are the ones ignoreUnrecognized lets through (JNI specification);
// any other unrecognized option is an error whatever the flag says.
bool is_ignorable(std::string_view option) {
  return option.substr(0, 2) == "-X" || option.substr(0, 1) == "_";
}

// The three hooks of the invocation API; each takes effect for the options after it.
bool apply_hook(const JavaVMOption& option, VMOptions& options) {
  std::string_view name = option.optionString;
  if (name == "vfprintf") {
    options.vfprintf_hook = reinterpret_cast<runtime::VfprintfHook>(option.extraInfo);
  } else if (name == "exit") {
    options.exit_hook = reinterpret_cast<runtime::ExitHook>(option.extraInfo);
  } else if (name == "abort") {
    options.abort_hook = reinterpret_cast<runtime::AbortHook>(option.extraInfo);
  } else {
    return false;
  }
  return true;
}

// JavaVMInitArgs -> VMOptions; a JNI error code (after printing HotSpot's message) if an option
// is rejected.
jint parse_init_args(const JavaVMInitArgs& args, VMOptions& options) {
  if (args.nOptions < 0 || (args.nOptions > 0 && args.options == nullptr)) return JNI_EINVAL;
  for (jint i = 0; i < args.nOptions; ++i) {
    const JavaVMOption& option = args.options[i];
    if (option.optionString == nullptr) return JNI_EINVAL;
    if (apply_hook(option, options)) continue;
    std::string_view text = option.optionString;
    runtime::OptionResult result = runtime::apply_vm_option(text, options);
    if (result.outcome == OptionOutcome::Applied) continue;
    if (result.outcome == OptionOutcome::Unrecognized && args.ignoreUnrecognized && is_ignorable(text)) continue;
    runtime::print_diagnostic(options, stderr, "%s\n", result.message.c_str());
    // HotSpot: malformed values and unknown -XX flags are JNI_EINVAL, other unknown options JNI_ERR.
    bool invalid = result.outcome == OptionOutcome::InvalidValue || text.substr(0, 4) == "-XX:";
    return invalid ? JNI_EINVAL : JNI_ERR;
  }
  return JNI_OK;
}

}  // namespace

}  // namespace islet::invocation

using namespace islet;

extern "C" {

JNIEXPORT jint JNICALL JNI_GetDefaultJavaVMInitArgs(void* raw_args) {
  auto* args = static_cast<JavaVMInitArgs*>(raw_args);
  if (args == nullptr) return JNI_ERR;
  if (args->version == JNI_VERSION_1_1) {
    args->version = JNI_VERSION_1_2;  // what HotSpot answers: 1.1's structure is not supported
    return JNI_ERR;
  }
  return invocation::is_init_args_version(args->version) ? JNI_OK : JNI_ERR;
}

JNIEXPORT jint JNICALL JNI_CreateJavaVM(JavaVM** pvm, void** penv, void* raw_args) {
  if (pvm == nullptr || penv == nullptr || raw_args == nullptr) return JNI_EINVAL;
  *pvm = nullptr;
  *penv = nullptr;
  const auto* args = static_cast<const JavaVMInitArgs*>(raw_args);
  if (!invocation::is_init_args_version(args->version)) return JNI_EVERSION;
  runtime::VMOptions options;
  if (jint status = invocation::parse_init_args(*args, options); status != JNI_OK) return status;
  std::string error;
  runtime::VMOptions hooks_only;  // where the failure message goes once `options` has moved
  hooks_only.vfprintf_hook = options.vfprintf_hook;
  runtime::Isolate* isolate = invocation::create_vm(std::move(options), &error);
  if (isolate == nullptr) {
    runtime::print_diagnostic(hooks_only, stderr, "Error occurred during initialization of VM\n%s\n",
                              error.c_str());
    return JNI_ERR;
  }
  *pvm = isolate->jni().java_vm();
  *penv = jni::env_of(isolate->main_thread());
  return JNI_OK;
}

JNIEXPORT jint JNICALL JNI_GetCreatedJavaVMs(JavaVM** vms, jsize buffer_length, jsize* count) {
  if (buffer_length < 0 || (vms == nullptr && buffer_length > 0)) return JNI_EINVAL;
  std::vector<runtime::Isolate*> live = invocation::live_vms();
  for (size_t i = 0; i < live.size() && i < static_cast<size_t>(buffer_length); ++i) {
    vms[i] = live[i]->jni().java_vm();
  }
  if (count != nullptr) *count = static_cast<jsize>(live.size());
  return JNI_OK;
}

}  // extern "C"
