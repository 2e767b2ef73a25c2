// VMOptions: everything an isolate is configured with, filled in by the launcher or the
// invocation API before the isolate is created. Each field says what it controls.
#pragma once

#include <cstdarg>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "jni/options.hpp"

namespace islet::runtime {

// The invocation API's hooks (JavaVMOption "vfprintf", "exit", "abort"); same signatures as
// the JNI specification's, so the embedder's function pointers are stored as they are.
using VfprintfHook = int (*)(FILE* stream, const char* format, va_list arguments);
using ExitHook = void (*)(int status);
using AbortHook = void (*)();

// Application classes that live in memory rather than in a file: the jar a library built by
// `islet --shared` carries (src/isolate/entry_points.cpp). The bytes must outlive the isolate.
struct EmbeddedClassPathEntry {
  std::span<const uint8_t> jar;
  std::string description;  // for -verbose:class "source:" lines, e.g. "libapp.so"
};

struct VMOptions {
  // The application loader searches the embedded entries first, then `class_path`.
  std::vector<EmbeddedClassPathEntry> embedded_class_path;
  std::vector<std::string> class_path;  // directories and jars of the application loader
  std::vector<std::pair<std::string, std::string>> properties;  // every -Dkey=value, in order
  size_t max_heap_bytes = 0;      // -Xmx; 0 = a quarter of physical memory, like HotSpot
  size_t initial_heap_bytes = 0;  // -Xms
  size_t java_stack_bytes = 1024 * 1024;  // -Xss: the Java (interpreter) stack of each thread
  bool verbose_class = false;     // -verbose:class: one line per loaded class on stdout
  bool verbose_gc = false;        // -verbose:gc
  bool enable_assertions = false; // -ea
  uint32_t gc_stress_interval = 0;  // -Xgc:stress[=N]: collect at every (Nth) allocation
  std::string launcher_command;  // sun.java.command: main class or jar plus arguments
  // --features=<class>[,<class>...]: GraalVM Native Image Feature classes, instantiated and run
  // at start-up (their RuntimeJNIAccess registrations join -Xjni:config='s, src/jni/README.md).
  std::vector<std::string> features;
  // Embedder hooks (invocation API). Null: islet's diagnostics go to stdio, System.exit flushes
  // stdio and calls exit(), fatal errors (JNI FatalError, -Xcheck:jni) call abort().
  VfprintfHook vfprintf_hook = nullptr;
  ExitHook exit_hook = nullptr;
  AbortHook abort_hook = nullptr;
  jni::Options jni;  // -Xcheck:jni, -verbose:jni, -Xjni:config=, -Xjni:closed (jni/options.hpp)
};

// islet's own diagnostics (-verbose output, option errors, JNI fatal errors): through the
// embedder's vfprintf hook when there is one, else to `stream`. Java's System.out/err never
// come here: they write to the file descriptors.
void print_diagnostic(const VMOptions& options, FILE* stream, const char* format, ...)
    __attribute__((format(printf, 3, 4)));

}  // namespace islet::runtime
