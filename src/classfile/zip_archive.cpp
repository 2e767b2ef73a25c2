// ZipArchive: our own zip reader over zlib (APPNOTE.TXT 6.3: end of central directory, Zip64,
// central directory, local headers; methods stored and deflated), and jar manifest parsing (JAR
// File Specification, "Manifest"). Every offset and length read from an archive is checked
// against the archive's bounds before use, so damaged or hostile archives fail cleanly.
#include "classfile/zip_archive.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <climits>
#include <cstring>

namespace islet::classfile {

namespace {

constexpr uint32_t kLocalHeaderSignature = 0x04034b50;
constexpr uint32_t kCentralHeaderSignature = 0x02014b50;
constexpr uint32_t kEndSignature = 0x06054b50;
constexpr uint32_t kZip64EndSignature = 0x06064b50;
constexpr uint32_t kZip64LocatorSignature = 0x07064b50;
constexpr size_t kLocalHeaderSize = 30;
constexpr size_t kCentralHeaderSize = 46;
constexpr size_t kEndSize = 22;
constexpr size_t kZip64EndSize = 56;
constexpr size_t kZip64LocatorSize = 20;
constexpr size_t kMaxCommentSize = 0xFFFF;
constexpr uint16_t kZip64ExtraId = 0x0001;
constexpr uint16_t kFlagEncrypted = 0x0001;
constexpr uint16_t kMethodStored = 0;
constexpr uint16_t kMethodDeflated = 8;

void set_error(std::string* out, std::string message) {
  if (out != nullptr) *out = std::move(message);
}

// Little-endian fields of a byte range whose size the caller has already checked.
uint16_t u16(const uint8_t* p) { return static_cast<uint16_t>(p[0] | p[1] << 8); }
uint32_t u32(const uint8_t* p) { return u16(p) | static_cast<uint32_t>(u16(p + 2)) << 16; }
uint64_t u64(const uint8_t* p) { return u32(p) | static_cast<uint64_t>(u32(p + 4)) << 32; }

// True if [offset, offset + length) lies within a range of `size` bytes, without overflow.
bool within(uint64_t offset, uint64_t length, uint64_t size) {
  return offset <= size && length <= size - offset;
}

// Where the central directory is, as the end records describe it.
struct Directory {
  uint64_t offset;       // of its first header, from the start of the bytes
  uint64_t size;         // in bytes
  uint64_t entry_count;  // as declared
  uint64_t shift = 0;    // bytes prepended to the archive, added to every local header offset
};

// Finds the end of central directory record by searching backwards over the archive comment
// (at most 64 KiB). A record whose comment runs exactly to the end of the bytes is preferred, so
// a signature inside the comment cannot mislead; otherwise the last plausible one is taken.
std::optional<size_t> find_end_record(std::span<const uint8_t> bytes) {
  if (bytes.size() < kEndSize) return std::nullopt;
  size_t last = bytes.size() - kEndSize;
  size_t first = last > kMaxCommentSize ? last - kMaxCommentSize : 0;
  std::optional<size_t> plausible;
  for (size_t pos = last + 1; pos-- > first;) {
    if (u32(&bytes[pos]) != kEndSignature) continue;
    uint64_t comment_end = pos + kEndSize + u16(&bytes[pos + 20]);
    if (comment_end == bytes.size()) return pos;
    if (comment_end <= bytes.size() && !plausible) plausible = pos;
  }
  return plausible;
}

// Reads the Zip64 end record that the locator just before `end_pos` points to.
bool read_zip64_directory(std::span<const uint8_t> bytes, size_t locator_pos, Directory* out,
                          std::string* error) {
  uint64_t record_pos = u64(&bytes[locator_pos + 8]);
  if (!within(record_pos, kZip64EndSize, locator_pos) ||
      u32(&bytes[record_pos]) != kZip64EndSignature) {
    set_error(error, "invalid zip64 END header (bad offset or signature)");
    return false;
  }
  const uint8_t* record = &bytes[record_pos];
  out->entry_count = u64(record + 32);
  out->size = u64(record + 40);
  out->offset = u64(record + 48);
  if (!within(out->offset, out->size, record_pos)) {
    set_error(error, "invalid zip64 END header (bad central directory offset or size)");
    return false;
  }
  return true;
}

std::optional<Directory> locate_directory(std::span<const uint8_t> bytes, std::string* error) {
  std::optional<size_t> end_pos = find_end_record(bytes);
  if (!end_pos) {
    set_error(error, "zip END header not found");
    return std::nullopt;
  }
  const uint8_t* end = &bytes[*end_pos];
  Directory directory{u32(end + 16), u32(end + 12), u16(end + 10)};
  if (*end_pos >= kZip64LocatorSize &&
      u32(&bytes[*end_pos - kZip64LocatorSize]) == kZip64LocatorSignature) {
    if (!read_zip64_directory(bytes, *end_pos - kZip64LocatorSize, &directory, error)) {
      return std::nullopt;
    }
    return directory;
  }
  // Data before the archive (a launcher stub, a jmod header) shifts every offset; the directory
  // ends where the end record starts, so the shift is what the declared offset is missing.
  if (directory.size > *end_pos) {
    set_error(error, "invalid END header (bad central directory size)");
    return std::nullopt;
  }
  uint64_t actual_offset = *end_pos - directory.size;
  if (directory.offset > actual_offset) {
    set_error(error, "invalid END header (bad central directory offset)");
    return std::nullopt;
  }
  directory.shift = actual_offset - directory.offset;
  directory.offset = actual_offset;
  return directory;
}

// Applies a Zip64 extended information extra field: each 64-bit value is present only when
// its 32-bit field in the header is saturated, in the fixed order below.
bool apply_zip64_extra(std::span<const uint8_t> extra, ZipArchive::Entry* entry,
                       bool size_saturated, bool csize_saturated, bool offset_saturated) {
  size_t pos = 0;
  while (pos + 4 <= extra.size()) {
    uint16_t id = u16(&extra[pos]);
    uint16_t length = u16(&extra[pos + 2]);
    pos += 4;
    if (length > extra.size() - pos) return false;
    if (id == kZip64ExtraId) {
      std::span<const uint8_t> field = extra.subspan(pos, length);
      size_t used = 0;
      auto take = [&](uint64_t* value) {
        if (used + 8 > field.size()) return false;
        *value = u64(&field[used]);
        used += 8;
        return true;
      };
      if (size_saturated && !take(&entry->uncompressed_size)) return false;
      if (csize_saturated && !take(&entry->compressed_size)) return false;
      if (offset_saturated && !take(&entry->local_header_offset)) return false;
      return true;
    }
    pos += length;
  }
  // Saturated fields without a Zip64 field keep their 32-bit values, which reads then reject
  // as out of bounds unless they really are that large.
  return true;
}

bool parse_directory(std::span<const uint8_t> bytes, const Directory& directory,
                     std::vector<ZipArchive::Entry>* entries, std::string* error) {
  // Every header takes at least kCentralHeaderSize bytes, which bounds a hostile count.
  if (directory.entry_count > directory.size / kCentralHeaderSize) {
    set_error(error, "invalid END header (bad entry count)");
    return false;
  }
  std::span<const uint8_t> cen = bytes.subspan(directory.offset, directory.size);
  entries->reserve(directory.entry_count);
  size_t pos = 0;
  for (uint64_t i = 0; i < directory.entry_count; ++i) {
    if (!within(pos, kCentralHeaderSize, cen.size()) ||
        u32(&cen[pos]) != kCentralHeaderSignature) {
      set_error(error, "invalid CEN header (bad signature)");
      return false;
    }
    const uint8_t* header = &cen[pos];
    size_t name_length = u16(header + 28);
    size_t extra_length = u16(header + 30);
    size_t comment_length = u16(header + 32);
    size_t variable = name_length + extra_length + comment_length;
    if (!within(pos + kCentralHeaderSize, variable, cen.size())) {
      set_error(error, "invalid CEN header (bad header size)");
      return false;
    }
    const uint8_t* name = header + kCentralHeaderSize;
    ZipArchive::Entry entry{
        std::string_view(reinterpret_cast<const char*>(name), name_length),
        u32(header + 42), u32(header + 20), u32(header + 24), u32(header + 16),
        u16(header + 10), u16(header + 8)};
    if (!apply_zip64_extra({name + name_length, extra_length}, &entry,
                           entry.uncompressed_size == 0xFFFFFFFF,
                           entry.compressed_size == 0xFFFFFFFF,
                           entry.local_header_offset == 0xFFFFFFFF)) {
      set_error(error, "invalid CEN header (bad zip64 extra field)");
      return false;
    }
    entry.local_header_offset += directory.shift;
    entries->push_back(entry);
    pos += kCentralHeaderSize + variable;
  }
  return true;
}

// Inflates raw deflate data (no zlib header) into exactly `out.size()` bytes; fails if the
// stream is corrupt, ends early, or holds more than promised.
bool inflate_exactly(std::span<const uint8_t> in, std::span<uint8_t> out, std::string* error) {
  z_stream stream{};
  if (inflateInit2(&stream, -MAX_WBITS) != Z_OK) {
    set_error(error, "cannot initialise zlib");
    return false;
  }
  uint8_t overflow;  // where output beyond the promised size would land
  size_t in_used = 0;
  int status = Z_OK;
  stream.next_out = out.data();
  stream.avail_out = static_cast<uInt>(out.size());  // at most kMaxEntrySize
  while (status == Z_OK) {
    if (stream.avail_in == 0) {
      size_t chunk = std::min<size_t>(in.size() - in_used, UINT_MAX);
      stream.next_in = const_cast<Bytef*>(in.data() + in_used);
      stream.avail_in = static_cast<uInt>(chunk);
      in_used += chunk;
    }
    if (stream.avail_out == 0) {
      if (stream.next_out == &overflow + 1) break;  // wrote past the promised size
      stream.next_out = &overflow;
      stream.avail_out = 1;
    }
    status = inflate(&stream, Z_NO_FLUSH);
    if (status == Z_BUF_ERROR && stream.avail_in == 0 && in_used == in.size()) break;
  }
  bool ok = status == Z_STREAM_END && stream.total_out == out.size();
  inflateEnd(&stream);
  if (!ok) {
    set_error(error, status == Z_DATA_ERROR ? std::string("invalid deflate data") +
                                                  (stream.msg ? std::string(": ") + stream.msg : "")
                                            : "deflate data does not match the entry's size");
  }
  return ok;
}

}  // namespace

// The bytes of an archive file: a read-only private mapping of a regular file (only the pages
// touched count towards resident memory), or the file read into memory when it cannot be mapped.
class ZipArchive::Mapping {
 public:
  static std::unique_ptr<Mapping> open(const std::string& path, std::string* error) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
      set_error(error, path + ": " + std::strerror(errno));
      return nullptr;
    }
    std::unique_ptr<Mapping> mapping(new Mapping());
    bool ok = mapping->load(fd, path, error);
    ::close(fd);
    return ok ? std::move(mapping) : nullptr;
  }
  ~Mapping() {
    if (mapped_ != nullptr) munmap(mapped_, size_);
  }
  std::span<const uint8_t> bytes() const {
    if (mapped_ != nullptr) return {static_cast<const uint8_t*>(mapped_), size_};
    return copy_;
  }

 private:
  Mapping() = default;

  bool load(int fd, const std::string& path, std::string* error) {
    struct stat st;
    if (fstat(fd, &st) != 0) {
      set_error(error, path + ": " + std::strerror(errno));
      return false;
    }
    if (S_ISDIR(st.st_mode)) {
      set_error(error, path + ": is a directory");
      return false;
    }
    if (S_ISREG(st.st_mode) && st.st_size > 0) {
      void* mapped = mmap(nullptr, static_cast<size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
      if (mapped != MAP_FAILED) {
        mapped_ = mapped;
        size_ = static_cast<size_t>(st.st_size);
        return true;
      }
    }
    return read_all(fd, path, error);  // pipes, devices, or a failed mapping
  }

  bool read_all(int fd, const std::string& path, std::string* error) {
    uint8_t buffer[65536];
    for (;;) {
      ssize_t got = ::read(fd, buffer, sizeof buffer);
      if (got == 0) return true;
      if (got < 0) {
        if (errno == EINTR) continue;
        set_error(error, path + ": " + std::strerror(errno));
        return false;
      }
      copy_.insert(copy_.end(), buffer, buffer + got);
    }
  }

  void* mapped_ = nullptr;
  size_t size_ = 0;
  std::vector<uint8_t> copy_;
};

ZipArchive::ZipArchive(std::span<const uint8_t> bytes, std::unique_ptr<Mapping> mapping,
                       std::vector<Entry> entries)
    : bytes_(bytes), mapping_(std::move(mapping)), entries_(std::move(entries)) {
  by_name_.resize(entries_.size());
  for (uint32_t i = 0; i < by_name_.size(); ++i) by_name_[i] = i;
  // Stable, so among equal names the first in the archive comes first and wins in find().
  std::stable_sort(by_name_.begin(), by_name_.end(), [this](uint32_t a, uint32_t b) {
    return entries_[a].name < entries_[b].name;
  });
}

ZipArchive::~ZipArchive() = default;

std::unique_ptr<ZipArchive> ZipArchive::open_file(const std::string& path, std::string* error) {
  std::unique_ptr<Mapping> mapping = Mapping::open(path, error);
  if (!mapping) return nullptr;
  std::span<const uint8_t> bytes = mapping->bytes();
  if (bytes.empty()) {
    set_error(error, path + ": zip file is empty");
    return nullptr;
  }
  std::string reason;
  std::optional<Directory> directory = locate_directory(bytes, &reason);
  std::vector<Entry> entries;
  if (!directory || !parse_directory(bytes, *directory, &entries, &reason)) {
    set_error(error, path + ": " + reason);
    return nullptr;
  }
  return std::unique_ptr<ZipArchive>(new ZipArchive(bytes, std::move(mapping), std::move(entries)));
}

std::unique_ptr<ZipArchive> ZipArchive::open_memory(std::span<const uint8_t> bytes,
                                                    std::string* error) {
  if (bytes.empty()) {
    set_error(error, "zip file is empty");
    return nullptr;
  }
  std::optional<Directory> directory = locate_directory(bytes, error);
  std::vector<Entry> entries;
  if (!directory || !parse_directory(bytes, *directory, &entries, error)) return nullptr;
  return std::unique_ptr<ZipArchive>(new ZipArchive(bytes, nullptr, std::move(entries)));
}

const ZipArchive::Entry* ZipArchive::find(std::string_view name) const {
  auto it = std::lower_bound(by_name_.begin(), by_name_.end(), name,
                             [this](uint32_t index, std::string_view wanted) {
                               return entries_[index].name < wanted;
                             });
  if (it == by_name_.end() || entries_[*it].name != name) return nullptr;
  return &entries_[*it];
}

bool ZipArchive::contains(std::string_view name) const { return find(name) != nullptr; }

std::vector<std::string> ZipArchive::entry_names() const {
  std::vector<std::string> names;
  names.reserve(entries_.size());
  for (const Entry& entry : entries_) names.emplace_back(entry.name);
  return names;
}

std::optional<std::vector<uint8_t>> ZipArchive::read(std::string_view name,
                                                     std::string* error) const {
  const Entry* entry = find(name);
  if (entry == nullptr) {
    set_error(error, "no such entry");
    return std::nullopt;
  }
  if (entry->flags & kFlagEncrypted) {
    set_error(error, "encrypted ZIP entry not supported");
    return std::nullopt;
  }
  if (entry->method != kMethodStored && entry->method != kMethodDeflated) {
    set_error(error, "invalid compression method " + std::to_string(entry->method));
    return std::nullopt;
  }
  if (entry->uncompressed_size > kMaxEntrySize) {
    set_error(error, "entry too large");
    return std::nullopt;
  }
  // Deflate cannot expand data more than 1032 times, so a larger promise is a lie, and
  // refusing it early keeps a damaged size from allocating a huge buffer.
  if (entry->method == kMethodDeflated &&
      entry->uncompressed_size > entry->compressed_size * 1032 + 64) {
    set_error(error, "invalid entry size (impossible compression ratio)");
    return std::nullopt;
  }
  // The local header repeats the name and has its own extra field; only their lengths matter.
  // Sizes come from the central directory, which also covers entries written with a data
  // descriptor (flag bit 3), whose local header has zeros instead.
  uint64_t header = entry->local_header_offset;
  if (!within(header, kLocalHeaderSize, bytes_.size()) ||
      u32(&bytes_[header]) != kLocalHeaderSignature) {
    set_error(error, "invalid LOC header (bad signature)");
    return std::nullopt;
  }
  uint64_t data = header + kLocalHeaderSize + u16(&bytes_[header + 26]) + u16(&bytes_[header + 28]);
  if (!within(data, entry->compressed_size, bytes_.size())) {
    set_error(error, "invalid LOC header (entry data out of bounds)");
    return std::nullopt;
  }
  std::span<const uint8_t> stored = bytes_.subspan(data, entry->compressed_size);
  std::vector<uint8_t> contents(static_cast<size_t>(entry->uncompressed_size));
  if (entry->method == kMethodStored) {
    if (stored.size() != contents.size()) {
      set_error(error, "invalid stored entry (sizes differ)");
      return std::nullopt;
    }
    std::copy(stored.begin(), stored.end(), contents.begin());
  } else if (!inflate_exactly(stored, contents, error)) {
    return std::nullopt;
  }
  if (crc32_z(0, contents.data(), contents.size()) != entry->crc32) {
    set_error(error, "invalid entry CRC");
    return std::nullopt;
  }
  return contents;
}

namespace {

bool equals_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

std::string_view trim(std::string_view text) {
  auto is_space = [](char c) { return c == ' ' || c == '\t'; };
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

// Splits manifest text into lines; CRLF, LF and lone CR all end a line.
std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  size_t start = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\r' && text[i] != '\n') continue;
    lines.push_back(text.substr(start, i - start));
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
    start = i + 1;
  }
  if (start < text.size()) lines.push_back(text.substr(start));
  return lines;
}

}  // namespace

std::optional<std::string> manifest_main_class(std::string_view manifest_text) {
  std::vector<std::string_view> lines = split_lines(manifest_text);
  // Rebuild each header from its line and its continuation lines (which start with one space),
  // stopping at the blank line that ends the main section.
  std::optional<std::string> main_class;
  std::string header;
  auto finish_header = [&]() {
    if (header.empty()) return;
    size_t colon = header.find(':');
    if (colon != std::string::npos &&
        equals_ignoring_case(std::string_view(header).substr(0, colon), "Main-Class")) {
      std::string_view value = trim(std::string_view(header).substr(colon + 1));
      main_class = value.empty() ? std::nullopt : std::optional<std::string>(value);
    }
    header.clear();
  };
  for (std::string_view line : lines) {
    if (line.empty()) break;  // end of the main section
    if (line[0] == ' ') {
      header.append(line.substr(1));
      continue;
    }
    finish_header();
    header.assign(line);
  }
  finish_header();
  return main_class;
}

std::optional<std::string> manifest_main_class(const ZipArchive& archive) {
  auto bytes = archive.read("META-INF/MANIFEST.MF");
  if (!bytes) return std::nullopt;
  return manifest_main_class(
      std::string_view(reinterpret_cast<const char*>(bytes->data()), bytes->size()));
}

}  // namespace islet::classfile
