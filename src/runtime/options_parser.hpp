// VM option strings -> VMOptions, shared by the `islet` launcher and JNI_CreateJavaVM so that
// both accept the same spellings and report bad ones with HotSpot's words. Options that only a
// launcher has (-cp <path>, -jar, -version) and the invocation API's hooks (vfprintf, exit,
// abort) stay with their callers.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/options.hpp"

namespace islet::runtime {

enum class OptionOutcome {
  Applied,       // understood (possibly accepted and deliberately ignored, like --add-modules=)
  Unrecognized,  // not an option islet knows; the caller decides (ignoreUnrecognized)
  InvalidValue,  // a known option with a malformed value (-Xmxfoo)
};

struct OptionResult {
  OptionOutcome outcome;
  std::string message;  // what HotSpot prints for it ("Unrecognized option: -foo"); empty if applied
};

// Applies one option string ("-Dkey=value", "-Xmx64m", "-verbose:gc,class", ...) to `options`.
OptionResult apply_vm_option(std::string_view option, VMOptions& options);

// "64m", "1g", "4096k", "1048576" -> bytes; false if malformed or out of range.
bool parse_memory_size(std::string_view text, size_t* bytes);

// "a,b,,c" -> {"a", "b", "c"}: a comma-separated list, empty items dropped.
std::vector<std::string> split_comma_list(std::string_view list);

// A ':'-separated search path; empty elements mean the working directory, as in the JDK.
std::vector<std::string> split_search_path(std::string_view path);

}  // namespace islet::runtime
