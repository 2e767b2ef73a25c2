// Reading a class path into memory and writing it back as one stored jar (class_path_bundle.hpp).
#include "shared_library/class_path_bundle.hpp"

#include <zlib.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <unordered_set>

#include "classfile/zip_archive.hpp"

namespace islet::shared_library {

namespace {

namespace fs = std::filesystem;

// Adds the files of one element that no earlier element provided.
class Collector {
 public:
  explicit Collector(std::vector<BundledFile>* files) : files_(files) {}

  void add(std::string name, std::vector<uint8_t> bytes) {
    if (seen_.insert(name).second) files_->push_back({std::move(name), std::move(bytes)});
  }

  bool add_archive(const std::string& path, std::string* error) {
    std::string reason;
    auto archive = classfile::ZipArchive::open_file(path, &reason);
    if (!archive) {
      *error = "cannot read " + path + ": " + reason;
      return false;
    }
    for (const std::string& name : archive->entry_names()) {
      if (name.empty() || name.back() == '/' || seen_.count(name) != 0) continue;
      auto bytes = archive->read(name, &reason);
      if (!bytes) {
        *error = "cannot read " + name + " in " + path + ": " + reason;
        return false;
      }
      add(name, std::move(*bytes));
    }
    return true;
  }

  // Files in name order, so that the same directory always gives the same library.
  bool add_directory(const fs::path& root, std::string* error) {
    std::vector<std::string> names;
    std::error_code failure;
    for (fs::recursive_directory_iterator it(root, failure), end; !failure && it != end; it.increment(failure)) {
      if (it->is_regular_file()) names.push_back(it->path().lexically_relative(root).generic_string());
    }
    if (failure) {
      *error = "cannot list " + root.string() + ": " + failure.message();
      return false;
    }
    std::sort(names.begin(), names.end());
    for (const std::string& name : names) {
      std::ifstream in(root / name, std::ios::binary);
      if (!in) {
        *error = "cannot read " + (root / name).string();
        return false;
      }
      add(name, std::vector<uint8_t>(std::istreambuf_iterator<char>(in), {}));
    }
    return true;
  }

 private:
  std::vector<BundledFile>* files_;
  std::unordered_set<std::string> seen_;
};

void put16(std::vector<uint8_t>& out, uint32_t value) {
  out.push_back(static_cast<uint8_t>(value));
  out.push_back(static_cast<uint8_t>(value >> 8));
}

void put32(std::vector<uint8_t>& out, uint32_t value) {
  put16(out, value & 0xffff);
  put16(out, value >> 16);
}

void put_bytes(std::vector<uint8_t>& out, const void* bytes, size_t size) {
  const auto* begin = static_cast<const uint8_t*>(bytes);
  out.insert(out.end(), begin, begin + size);
}

// Zip's fixed header fields (APPNOTE 4.3.7, 4.3.12, 4.3.16): version 1.0, no flags, method 0
// (stored), and the DOS date 1980-01-01 00:00 so that the output does not depend on the clock.
constexpr uint32_t kVersion = 10;
constexpr uint32_t kDosDate = (0 << 9) | (1 << 5) | 1;

void put_common_fields(std::vector<uint8_t>& out, const BundledFile& file, uint32_t crc) {
  put16(out, kVersion);
  put16(out, 0);  // flags
  put16(out, 0);  // stored
  put16(out, 0);  // time
  put16(out, kDosDate);
  put32(out, crc);
  put32(out, static_cast<uint32_t>(file.bytes.size()));  // compressed
  put32(out, static_cast<uint32_t>(file.bytes.size()));  // uncompressed
  put16(out, static_cast<uint32_t>(file.name.size()));
  put16(out, 0);  // extra field length
}

}  // namespace

std::optional<std::vector<BundledFile>> read_class_path(const std::vector<std::string>& class_path,
                                                        std::string* error) {
  std::vector<BundledFile> files;
  Collector collector(&files);
  for (const std::string& element : class_path) {
    std::error_code failure;
    fs::file_status status = fs::status(element, failure);
    if (failure || !fs::exists(status)) {
      *error = "class path element " + element + " does not exist";
      return std::nullopt;
    }
    bool ok = fs::is_directory(status) ? collector.add_directory(element, error) : collector.add_archive(element, error);
    if (!ok) return std::nullopt;
  }
  return files;
}

std::optional<std::vector<uint8_t>> write_stored_jar(const std::vector<BundledFile>& files, std::string* error) {
  constexpr uint64_t kLimit = 0xffffffffu;
  std::vector<uint8_t> jar;
  std::vector<uint8_t> directory;
  if (files.size() > 0xffff) {
    *error = "more than 65535 files on the class path";
    return std::nullopt;
  }
  for (const BundledFile& file : files) {
    if (jar.size() + file.bytes.size() + file.name.size() + 30 > kLimit) {
      *error = "the class path holds more than 4 GiB";
      return std::nullopt;
    }
    uint32_t crc = static_cast<uint32_t>(crc32(0, file.bytes.data(), static_cast<uInt>(file.bytes.size())));
    uint32_t local_header_offset = static_cast<uint32_t>(jar.size());
    put32(jar, 0x04034b50);  // local file header
    put_common_fields(jar, file, crc);
    put_bytes(jar, file.name.data(), file.name.size());
    put_bytes(jar, file.bytes.data(), file.bytes.size());

    put32(directory, 0x02014b50);  // central directory header
    put16(directory, kVersion);    // made by
    put_common_fields(directory, file, crc);
    put16(directory, 0);  // comment length
    put16(directory, 0);  // disk number
    put16(directory, 0);  // internal attributes
    put32(directory, 0);  // external attributes
    put32(directory, local_header_offset);
    put_bytes(directory, file.name.data(), file.name.size());
  }
  uint32_t directory_offset = static_cast<uint32_t>(jar.size());
  put_bytes(jar, directory.data(), directory.size());
  put32(jar, 0x06054b50);  // end of central directory
  put16(jar, 0);           // this disk
  put16(jar, 0);           // disk with the directory
  put16(jar, static_cast<uint32_t>(files.size()));
  put16(jar, static_cast<uint32_t>(files.size()));
  put32(jar, static_cast<uint32_t>(directory.size()));
  put32(jar, directory_offset);
  put16(jar, 0);  // comment length
  return jar;
}

}  // namespace islet::shared_library
