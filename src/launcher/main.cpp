// The `islet` command: java-compatible options, main-class and -jar launching, and HotSpot's
// messages and exit codes for every way a launch can fail.
#include <pthread.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "classfile/zip_archive.hpp"
#include "interp/interpreter.hpp"
#include "runtime/allocation.hpp"
#include "runtime/class_loader.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/isolate.hpp"
#include "runtime/options_parser.hpp"
#include "runtime/resolver.hpp"
#include "runtime/strings.hpp"
#include "runtime/vm_thread.hpp"
#include "shared_library/shared_command.hpp"

namespace islet::launcher {

using runtime::Class;
using runtime::Isolate;
using runtime::Method;
using runtime::Object;
using runtime::Slot;
using runtime::VMThread;

namespace {

constexpr const char* kVersion = "0.1";

struct LaunchRequest {
  runtime::VMOptions options;
  std::string main_class;  // as typed by the user
  std::string jar;
  std::vector<std::string> args;
  bool class_path_given = false;
};

void print_usage(FILE* out) {
  std::fprintf(out,
               "Usage: islet [options] <mainclass> [args...]\n"
               "           (to execute a class)\n"
               "   or  islet [options] -jar <jarfile> [args...]\n"
               "           (to execute a jar file)\n\n"
               " where options include:\n\n"
               "    -cp <class search path of directories and zip/jar files>\n"
               "    -classpath <class search path of directories and zip/jar files>\n"
               "    --class-path <class search path of directories and zip/jar files>\n"
               "                  A : separated list of directories, JAR archives,\n"
               "                  and ZIP archives to search for class files.\n"
               "    -D<name>=<value>\n"
               "                  set a system property\n"
               "    -verbose:[class|gc|jni]\n"
               "                  enable verbose output\n"
               "    -Xcheck:jni   check every JNI call and report misuse\n"
               "    -Xjni:config=<file>[,<file>...]\n"
               "                  JNI configuration (GraalVM jni-config.json)\n"
               "    -Xjni:closed  JNI finds only the classes and members the configuration lists\n"
               "    --features=<class>[,<class>...]\n"
               "                  GraalVM Native Image Feature classes run at start-up\n"
               "                  (their RuntimeJNIAccess registrations join the JNI configuration)\n"
               "    -ea, -enableassertions  enable assertions in application classes\n"
               "    -Xmx<size>    maximum heap size      -Xms<size>  initial heap size\n"
               "    -Xss<size>    Java stack size of each thread\n"
               "    --shared      build a shared library of the application's @CEntryPoint methods\n"
               "                  (islet --shared --help for its options)\n"
               "    -version      print product version to the error stream and exit\n"
               "    --version     print product version to the output stream and exit\n"
               "    -h, -help, --help, -?  print this help message\n");
}

void print_version(FILE* out) {
  std::fprintf(out,
               "islet version \"%s\" (Java 17 class files)\n"
               "islet runtime: an embeddable Java VM\n",
               kVersion);
}

int fail_creation(const std::string& message) {
  std::fprintf(stderr,
               "%s\nError: Could not create the Java Virtual Machine.\n"
               "Error: A fatal exception has occurred. Program will exit.\n",
               message.c_str());
  return 1;
}

// Returns -1 to continue launching, otherwise the exit code.
int parse_arguments(int argc, char** argv, LaunchRequest* request) {
  int i = 1;
  for (; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg.empty() || arg[0] != '-') break;
    auto needs_value = [&](const std::string& option) -> const char* {
      if (i + 1 >= argc) {
        std::fprintf(stderr, option == "-jar" ? "Error: %s requires jar file specification\n"
                                              : "Error: %s requires class path specification\n",
                     option.c_str());
        return nullptr;
      }
      return argv[++i];
    };
    if (arg == "-cp" || arg == "-classpath" || arg == "--class-path") {
      const char* value = needs_value(arg);
      if (value == nullptr) return 1;
      request->options.class_path = runtime::split_search_path(value);
      request->class_path_given = true;
    } else if (arg.rfind("--class-path=", 0) == 0) {
      request->options.class_path = runtime::split_search_path(arg.substr(13));
      request->class_path_given = true;
    } else if (arg == "-version") {
      print_version(stderr);
      return 0;
    } else if (arg == "--version") {
      print_version(stdout);
      return 0;
    } else if (arg == "-h" || arg == "-help" || arg == "--help" || arg == "-?") {
      print_usage(stdout);
      return 0;
    } else if (arg == "-jar") {
      const char* value = needs_value(arg);
      if (value == nullptr) return 1;
      request->jar = value;
      ++i;
      break;
    } else {
      // Everything else is a VM option, parsed exactly as JNI_CreateJavaVM parses it.
      runtime::OptionResult result = runtime::apply_vm_option(arg, request->options);
      if (result.outcome != runtime::OptionOutcome::Applied) return fail_creation(result.message);
      if (arg.rfind("-Djava.class.path=", 0) == 0) request->class_path_given = true;
    }
  }
  if (request->jar.empty()) {
    if (i >= argc) {
      print_usage(stderr);
      return 1;
    }
    request->main_class = argv[i++];
  }
  for (; i < argc; ++i) request->args.push_back(argv[i]);
  return -1;
}

// -jar: the jar is the whole class path and its manifest names the main class.
int prepare_jar(LaunchRequest* request) {
  std::string error;
  auto archive = classfile::ZipArchive::open_file(request->jar, &error);
  if (!archive) {
    std::fprintf(stderr, "Error: Unable to access jarfile %s\n", request->jar.c_str());
    return 1;
  }
  auto main_class = classfile::manifest_main_class(*archive);
  if (!main_class) {
    std::fprintf(stderr, "no main manifest attribute, in %s\n", request->jar.c_str());
    return 1;
  }
  request->main_class = *main_class;
  request->options.class_path = {request->jar};
  return -1;
}

std::string to_java_string(VMThread* thread, Object* object) {
  Class* object_class = thread->isolate()->well_known(runtime::WellKnown::Object);
  Method* to_string = object_class->find_declared_method("toString", "()Ljava/lang/String;");
  Object* text = interp::call_virtual(thread, to_string, {Slot::of_ref(object)}).l;
  if (thread->has_pending_exception() || text == nullptr) {
    thread->take_pending_exception();
    return object->klass->external_name();
  }
  return runtime::string_to_utf8(thread, text);
}

Class* load_main_class(VMThread* thread, Isolate* isolate, const std::string& name) {
  std::string internal = name;
  std::replace(internal.begin(), internal.end(), '.', '/');
  Class* main_class = runtime::load_class(thread, isolate->app_loader(), internal,
                                          runtime::OnMissing::ClassNotFoundException);
  if (main_class != nullptr) return main_class;
  Object* error = thread->take_pending_exception();
  Class* linkage_error = runtime::load_class(thread, isolate->boot_loader(), "java/lang/LinkageError");
  Class* cnfe = isolate->well_known(runtime::WellKnown::ClassNotFoundException);
  Class* ncdfe = isolate->well_known(runtime::WellKnown::NoClassDefFoundError);
  std::string text = to_java_string(thread, error);
  if (error->klass == cnfe || error->klass == ncdfe || linkage_error == nullptr ||
      !error->klass->is_subclass_of(linkage_error)) {
    std::fprintf(stderr, "Error: Could not find or load main class %s\nCaused by: %s\n", name.c_str(), text.c_str());
  } else {
    std::fprintf(stderr, "Error: LinkageError occurred while loading main class %s\n\t%s\n", name.c_str(),
                 text.c_str());
  }
  return nullptr;
}

// Like Class.getMethod("main", String[].class): a public method of the class or a superclass,
// whatever its return type and static-ness (the caller reports those problems).
Method* find_main_method(Class* main_class) {
  for (Class* c = main_class; c != nullptr; c = c->super) {
    for (Method& m : c->methods) {
      if (m.name == "main" && m.is_public() && m.descriptor.rfind("([Ljava/lang/String;)", 0) == 0) return &m;
    }
  }
  return nullptr;
}

void run_shutdown_hooks(VMThread* thread, Isolate* isolate) {
  Class* shutdown = runtime::load_class(thread, isolate->boot_loader(), "java/lang/Shutdown");
  Method* hooks = shutdown ? shutdown->find_declared_method("shutdown", "()V") : nullptr;
  if (hooks == nullptr) {
    thread->take_pending_exception();
    return;
  }
  interp::call_method(thread, hooks, std::span<const Slot>());
  thread->take_pending_exception();
}

int launch(LaunchRequest& request) {
  std::string command = request.jar.empty() ? request.main_class : request.jar;
  for (const std::string& a : request.args) command += " " + a;
  request.options.launcher_command = command;
  std::string error;
  std::unique_ptr<Isolate> isolate = Isolate::create(request.options, &error);
  if (!isolate) return fail_creation("Error occurred during initialization of VM\n" + error);
  VMThread* thread = isolate->main_thread();

  Class* main_class = load_main_class(thread, isolate.get(), request.main_class);
  if (main_class == nullptr) return 1;
  Method* main_method = find_main_method(main_class);
  if (main_method == nullptr) {
    std::fprintf(stderr,
                 "Error: Main method not found in class %s, please define the main method as:\n"
                 "   public static void main(String[] args)\n"
                 "or a JavaFX application class must extend javafx.application.Application\n",
                 request.main_class.c_str());
    return 1;
  }
  if (!main_method->is_static()) {
    std::fprintf(stderr,
                 "Error: Main method is not static in class %s, please define the main method as:\n"
                 "   public static void main(String[] args)\n",
                 request.main_class.c_str());
    return 1;
  }
  if (main_method->return_type != runtime::BasicType::Void) {
    std::fprintf(stderr,
                 "Error: Main method must return a value of type void in class %s, please \n"
                 "define the main method as:\n"
                 "   public static void main(String[] args)\n",
                 request.main_class.c_str());
    return 1;
  }

  // Like HotSpot's DestroyJavaVM: the main thread ends as a Java thread (an uncaught exception
  // is reported by Thread.dispatchUncaughtException, joiners of main wake up), the OS thread
  // carries on as "DestroyJavaVM", waits for every non-daemon thread, runs the shutdown hooks
  // and exits with 1 if main threw. System.exit on any thread ends the process at once.
  int exit_code = 0;
  runtime::ArrayObject* args = runtime::new_object_array(
      thread, isolate->well_known(runtime::WellKnown::String), static_cast<int32_t>(request.args.size()));
  for (size_t i = 0; args != nullptr && i < request.args.size(); ++i) {
    Object* s = runtime::new_string_from_utf8(thread, request.args[i]);
    if (s == nullptr) break;
    args->at<Object*>(static_cast<int32_t>(i)) = s;
  }
  if (!thread->has_pending_exception() && runtime::ensure_initialized(thread, main_class)) {
    interp::call_method(thread, main_method, {Slot::of_ref(args)});
  }
  Object* uncaught = thread->take_pending_exception();
  if (uncaught != nullptr) exit_code = 1;
  runtime::ThreadList& threads = isolate->threads();
  threads.end_java_thread(thread, uncaught);
  threads.adopt_as_java_thread(thread, "DestroyJavaVM", false, nullptr);
  thread->take_pending_exception();
  threads.wait_until_only_daemons_remain(thread);
  run_shutdown_hooks(thread, isolate.get());
  std::fflush(stdout);
  std::fflush(stderr);
  // Like HotSpot's launcher, leave by exit() without tearing the isolate down first: the
  // process ends anyway, daemon threads may still be running in it, and embedders (not the
  // launcher) are the ones who need teardown.
  std::exit(exit_code);
}

struct LaunchThreadArgs {
  LaunchRequest* request;
  int exit_code;
};

void* launch_thread(void* raw) {
  auto* args = static_cast<LaunchThreadArgs*>(raw);
  args->exit_code = launch(*args->request);
  return nullptr;
}

}  // namespace

int main(int argc, char** argv) {
  if (shared_library::wants_shared_library(argc, argv)) return shared_library::run_shared_command(argc, argv);
  LaunchRequest request;
  int early = parse_arguments(argc, argv, &request);
  if (early >= 0) return early;
  if (!request.jar.empty()) {
    int jar_status = prepare_jar(&request);
    if (jar_status >= 0) return jar_status;
  }
  if (!request.class_path_given && request.jar.empty()) {
    const char* env = std::getenv("CLASSPATH");
    request.options.class_path = runtime::split_search_path(env && *env ? env : ".");
  }
  // Like the java launcher, run Java on a fresh thread with a generous C++ stack: natives and
  // class initializers nest C++ frames, and the main thread's stack size is the user's limit.
  constexpr size_t kLauncherStack = 64 * 1024 * 1024;
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, kLauncherStack);
  LaunchThreadArgs launch_args{&request, 1};
  pthread_t thread;
  if (pthread_create(&thread, &attr, launch_thread, &launch_args) != 0) return launch(request);
  pthread_join(thread, nullptr);
  return launch_args.exit_code;
}

}  // namespace islet::launcher

int main(int argc, char** argv) { return islet::launcher::main(argc, argv); }
