// Access to the class library jar that the build embeds into the runtime as read-only data.
#include "runtime/boot_archive.hpp"

extern "C" const uint8_t islet_classlib_jar_start[];
extern "C" const uint8_t islet_classlib_jar_end[];

namespace islet::runtime {

std::span<const uint8_t> embedded_class_library() {
  return {islet_classlib_jar_start, static_cast<size_t>(islet_classlib_jar_end - islet_classlib_jar_start)};
}

}  // namespace islet::runtime
