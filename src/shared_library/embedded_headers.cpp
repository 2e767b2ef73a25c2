// The headers embedded by headers_blob.S.in, by their include path.
#include "shared_library/embedded_headers.hpp"

#include <array>

#define ISLET_HEADERS(X)                      \
  X(jni, "jni.h")                             \
  X(jni_md, "jni_md.h")                       \
  X(graal_isolate, "graal_isolate.h")         \
  X(entry_points, "islet/entry_points.h")

#define DECLARE_HEADER(name, path) \
  extern "C" const char islet_header_##name##_start[], islet_header_##name##_end[];
ISLET_HEADERS(DECLARE_HEADER)

namespace islet::shared_library {

std::span<const EmbeddedHeader> embedded_headers() {
#define HEADER_ENTRY(name, path) \
  EmbeddedHeader{path, std::string_view(islet_header_##name##_start, islet_header_##name##_end - islet_header_##name##_start)},
  static const std::array kHeaders = {ISLET_HEADERS(HEADER_ENTRY)};
#undef HEADER_ENTRY
  return kHeaders;
}

std::string_view embedded_header(std::string_view path) {
  for (const EmbeddedHeader& header : embedded_headers()) {
    if (header.path == path) return header.text;
  }
  return {};
}

}  // namespace islet::shared_library
