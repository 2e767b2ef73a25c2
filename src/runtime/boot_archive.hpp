// The class library jar linked into the runtime (see src/runtime/classlib_blob.S.in).
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>

namespace islet::runtime {

std::span<const uint8_t> embedded_class_library();

// Where the embedded jar's bytes lie in the file the runtime was loaded from (the executable or
// libislet.so), checked to be the file mapped there; nullopt if that cannot be established. Reading
// the jar from the file with pread keeps it out of resident memory: touching the mapped copy
// makes the kernel map 64 KiB around every page used, ~2 MB for a hello world.
struct EmbeddedLibraryFile {
  std::string path;
  uint64_t offset;
  uint64_t size;
};
std::optional<EmbeddedLibraryFile> embedded_class_library_file();

}  // namespace islet::runtime
