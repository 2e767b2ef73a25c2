// The public headers (include/) that the generated stubs include, as embedded in the islet
// command at build time (headers_blob.S.in): `islet --shared` writes them where it compiles.
#pragma once

#include <span>
#include <string_view>

namespace islet::shared_library {

struct EmbeddedHeader {
  std::string_view path;  // relative to an include directory: "jni.h", "islet/entry_points.h"
  std::string_view text;
};

std::span<const EmbeddedHeader> embedded_headers();

// The text of one of them ("graal_isolate.h"), empty if there is no such header.
std::string_view embedded_header(std::string_view path);

}  // namespace islet::shared_library
