// The application's class path gathered into one jar for `islet --shared`: every file of every
// class path element (jars and directories, in class path order; the first file of a name wins,
// as the application loader would find it), written as a stored (uncompressed) zip that the
// generated library embeds and the runtime reads in place.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace islet::shared_library {

struct BundledFile {
  std::string name;  // "com/example/Library.class"
  std::vector<uint8_t> bytes;
};

// Every file of the class path, or nullopt with the reason in *error (a missing or unreadable
// element: a build tool says so, where the launcher would silently skip it).
std::optional<std::vector<BundledFile>> read_class_path(const std::vector<std::string>& class_path,
                                                        std::string* error);

// The files as a zip archive without compression, entries in the given order. Fails (nullopt with
// *error) only past the classic zip format's limits (65535 entries, 4 GiB).
std::optional<std::vector<uint8_t>> write_stored_jar(const std::vector<BundledFile>& files, std::string* error);

}  // namespace islet::shared_library
