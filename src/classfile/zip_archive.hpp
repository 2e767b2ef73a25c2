// Read-only access to jar/zip archives (class path entries, the embedded class library) through
// libzip, and the jar manifest's Main-Class.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct zip;  // libzip's archive handle (zip_t)

namespace islet::classfile {

class ZipArchive {
 public:
  // nullptr on failure, with a human-readable reason in *error (if error is non-null). Like Java,
  // an empty (zero-byte) file is not an archive.
  static std::unique_ptr<ZipArchive> open_file(const std::string& path, std::string* error);
  // The bytes are not copied: they must outlive the archive.
  static std::unique_ptr<ZipArchive> open_memory(std::span<const uint8_t> bytes,
                                                 std::string* error);

  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  // Entry names are compared byte for byte, as stored ("java/lang/Object.class", "META-INF/").
  bool contains(std::string_view name) const;
  // The uncompressed contents, or nullopt if there is no such entry or it cannot be read
  // (corrupt data, CRC mismatch, or larger than kMaxEntrySize). Safe to call from many threads.
  std::optional<std::vector<uint8_t>> read(std::string_view name) const;
  // All entry names in archive order, directories included.
  std::vector<std::string> entry_names() const;

  // Entries are read whole into memory; anything bigger than this is not a class file or a
  // manifest, and refusing it keeps a hostile archive ("zip bomb") from exhausting memory.
  static constexpr uint64_t kMaxEntrySize = uint64_t{1} << 30;

 private:
  explicit ZipArchive(zip* archive);

  zip* archive_;
  // libzip handles are not safe for concurrent use; every access after construction locks.
  mutable std::mutex mutex_;
  std::vector<std::string> names_;                        // archive order
  std::unordered_map<std::string_view, uint64_t> index_;  // name (into names_) -> entry index
};

// The Main-Class attribute of the main section of META-INF/MANIFEST.MF, or nullopt if the
// archive has no manifest or the attribute is absent or empty.
std::optional<std::string> manifest_main_class(const ZipArchive& archive);

// Manifest text parsing on its own (used by manifest_main_class; exposed for tests and for
// class-path entries that are directories).
std::optional<std::string> manifest_main_class(std::string_view manifest_text);

}  // namespace islet::classfile
