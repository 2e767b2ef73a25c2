// VMOptions: everything an isolate is configured with, filled in by the launcher or the
// invocation API before the isolate is created. Each field says what it controls.
#pragma once

#include <cstddef>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include "jni/options.hpp"

namespace islet::runtime {

struct VMOptions {
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
  void (*exit_hook)(int status) = nullptr;  // System.exit; null = flush stdio and exit()
  void (*abort_hook)() = nullptr;  // fatal errors (JNI FatalError, -Xcheck:jni); null = abort()
  jni::Options jni;  // -Xcheck:jni, -verbose:jni, -Xjni:config=, -Xjni:closed (jni/options.hpp)
};

}  // namespace islet::runtime
