// jni_host: an embedder that links the JNI libraries "hoststatic" and "hostold" into its own
// executable (exported with -rdynamic), runs HostMain in an isolate and then destroys the isolate,
// which must run the libraries' JNI_OnUnload functions (tests/jni/host/expected.txt).
// Usage: jni_host <classes> <library path>
#include <cstdio>
#include <memory>
#include <string>

#include "interp/interpreter.hpp"
#include "runtime/allocation.hpp"
#include "runtime/class_loader.hpp"
#include "runtime/isolate.hpp"
#include "runtime/resolver.hpp"

using namespace islet::runtime;

int main(int argc, char** argv) {
  if (argc != 3) return 2;
  VMOptions options;
  options.class_path = {argv[1]};
  options.properties.emplace_back("java.library.path", argv[2]);
  std::string error;
  std::unique_ptr<Isolate> isolate = Isolate::create(options, &error);
  if (!isolate) {
    std::fprintf(stderr, "jni_host: %s\n", error.c_str());
    return 1;
  }
  VMThread* thread = isolate->main_thread();
  Class* main_class = load_class(thread, isolate->app_loader(), "HostMain");
  Method* main_method = main_class ? main_class->find_declared_method("main", "([Ljava/lang/String;)V") : nullptr;
  ArrayObject* args = main_method ? new_object_array(thread, isolate->well_known(WellKnown::String), 0) : nullptr;
  if (args != nullptr && ensure_initialized(thread, main_class)) {
    islet::interp::call_method(thread, main_method, {Slot::of_ref(args)});
  }
  if (thread->has_pending_exception()) {
    std::printf("jni_host: HostMain threw\n");
    return 1;
  }
  std::printf("destroying the isolate\n");
  std::fflush(stdout);
  isolate.reset();
  std::printf("isolate destroyed\n");
  return 0;
}
