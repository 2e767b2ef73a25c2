// The JNI options of an isolate (-Xcheck:jni, -verbose:jni, -Xjni:config=, -Xjni:closed), parsed
// by one function that the launcher and the invocation API share.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace islet::jni {

struct Options {
  bool check = false;    // -Xcheck:jni: every JNIEnv gets the checking function table
  bool verbose = false;  // -verbose:jni: one line per native method linked
  bool closed = false;   // -Xjni:closed: JNI lookups find only what the configuration registers
  std::vector<std::string> config_files;  // -Xjni:config=<file>[,<file>...]: GraalVM jni-config.json
};

// If `option` is one of the JNI options, records it and returns true.
bool parse_option(std::string_view option, Options* options);

}  // namespace islet::jni
