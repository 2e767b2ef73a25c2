// Read-only access to jar/zip archives (class path entries, the embedded class library) with our
// own reader over zlib, and the jar manifest's Main-Class.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace islet::classfile {

class ZipSource;  // the bytes of an archive: memory, or a range of an open file

class ZipArchive {
 public:
  // nullptr on failure, with a human-readable reason in *error (if error is non-null). Like Java,
  // an empty (zero-byte) file is not an archive. Regular files are read with pread as entries
  // are needed (the file stays open); only the central directory is kept in memory. Mapping the
  // file instead would cost more resident memory: the kernel maps up to 64 KiB around every
  // page touched ("fault-around").
  static std::unique_ptr<ZipArchive> open_file(const std::string& path, std::string* error);
  // An archive stored as `size` bytes at `offset` in a regular file (the class library inside the
  // runtime's own binary); offsets inside the archive are relative to `offset`.
  static std::unique_ptr<ZipArchive> open_file_range(const std::string& path, uint64_t offset,
                                                     uint64_t size, std::string* error);
  // The bytes are not copied: they must outlive the archive.
  static std::unique_ptr<ZipArchive> open_memory(std::span<const uint8_t> bytes,
                                                 std::string* error);

  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  // Entry names are compared byte for byte, as stored ("java/lang/Object.class", "META-INF/").
  // When a name occurs twice, the first entry in the central directory wins.
  bool contains(std::string_view name) const;
  // The uncompressed contents, or nullopt if there is no such entry or it cannot be read
  // (corrupt data, CRC mismatch, unsupported method or encryption, or larger than
  // kMaxEntrySize); the reason goes to *error when error is non-null. Safe to call from many
  // threads at once: the archive is immutable after opening, so reads take no lock.
  std::optional<std::vector<uint8_t>> read(std::string_view name,
                                           std::string* error = nullptr) const;
  // All entry names in archive order, directories included.
  std::vector<std::string> entry_names() const;

  // Entries are read whole into memory; anything bigger than this is not a class file or a
  // manifest, and refusing it keeps a hostile archive ("zip bomb") from exhausting memory.
  static constexpr uint64_t kMaxEntrySize = uint64_t{1} << 30;

  // One central directory record, reduced to what reading needs. The name points into the
  // archive's central directory (in memory for as long as the archive lives).
  struct Entry {
    std::string_view name;
    uint64_t local_header_offset;  // from the start of the archive's bytes
    uint64_t compressed_size;
    uint64_t uncompressed_size;
    uint32_t crc32;
    uint16_t method;
    uint16_t flags;
  };

 private:
  using Source = ZipSource;
  explicit ZipArchive(std::unique_ptr<Source> source);
  static std::unique_ptr<ZipArchive> open(std::unique_ptr<Source> source, std::string* error);
  const Entry* find(std::string_view name) const;

  std::unique_ptr<Source> source_;
  std::vector<uint8_t> directory_copy_;  // the central directory of a file-backed archive
  std::vector<Entry> entries_;           // archive order
  std::vector<uint32_t> by_name_;     // indexes into entries_, sorted by name, then by index
};

// The Main-Class attribute of the main section of META-INF/MANIFEST.MF, or nullopt if the
// archive has no manifest or the attribute is absent or empty.
std::optional<std::string> manifest_main_class(const ZipArchive& archive);

// Manifest text parsing on its own (used by manifest_main_class; exposed for tests and for
// class-path entries that are directories).
std::optional<std::string> manifest_main_class(std::string_view manifest_text);

}  // namespace islet::classfile
