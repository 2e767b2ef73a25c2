// ZipArchive: our own zip reader over zlib (APPNOTE.TXT 6.3: end of central directory, Zip64,
// central directory, local headers; methods stored and deflated), and jar manifest parsing (JAR
// File Specification, "Manifest"). Every offset and length read from an archive is checked
// against the archive's bounds before use, so damaged or hostile archives fail cleanly.
#include "classfile/zip_archive.hpp"

#include <fcntl.h>
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

}  // namespace

// The bytes of an archive, viewed range by range: a span of memory, or a range of a regular file
// read with pread (thread-safe, no shared file position). Views of memory cost nothing; views of
// a file are read into the scratch buffer the caller provides.
class ZipSource {
 public:
  static std::unique_ptr<ZipSource> memory(std::span<const uint8_t> bytes) {
    std::unique_ptr<ZipSource> source(new ZipSource());
    source->memory_ = bytes;
    source->size_ = bytes.size();
    return source;
  }

  // A regular file's range, or the whole of any other file (a pipe, a device) read into memory.
  static std::unique_ptr<ZipSource> file(const std::string& path, std::optional<uint64_t> offset,
                                         uint64_t size, std::string* error) {
    std::unique_ptr<ZipSource> source(new ZipSource());
    source->fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (source->fd_ < 0) {
      set_error(error, path + ": " + std::strerror(errno));
      return nullptr;
    }
    struct stat st;
    if (fstat(source->fd_, &st) != 0) {
      set_error(error, path + ": " + std::strerror(errno));
      return nullptr;
    }
    if (S_ISDIR(st.st_mode)) {
      set_error(error, path + ": is a directory");
      return nullptr;
    }
    if (S_ISREG(st.st_mode)) {
      uint64_t file_size = static_cast<uint64_t>(st.st_size);
      source->offset_ = offset.value_or(0);
      source->size_ = offset ? size : file_size;
      if (!within(source->offset_, source->size_, file_size)) {
        set_error(error, path + ": archive range lies outside the file");
        return nullptr;
      }
      return source;
    }
    if (offset) {
      set_error(error, path + ": not a regular file");
      return nullptr;
    }
    if (!source->read_all(path, error)) return nullptr;
    return source;
  }

  ~ZipSource() {
    if (fd_ >= 0) ::close(fd_);
  }

  uint64_t size() const { return size_; }

  // The bytes [offset, offset + length), which the caller has checked lie within size(); empty
  // optional if the file could not be read. A file's bytes land in *scratch.
  std::optional<std::span<const uint8_t>> view(uint64_t offset, uint64_t length,
                                               std::vector<uint8_t>* scratch) const {
    if (memory_mode()) return bytes_in_memory().subspan(offset, length);
    scratch->resize(length);
    if (!read_into(offset, *scratch)) return std::nullopt;
    return std::span<const uint8_t>(*scratch);
  }

  // Copies the bytes [offset, offset + out.size()) into out.
  bool read_into(uint64_t offset, std::span<uint8_t> out) const {
    if (memory_mode()) {
      auto bytes = bytes_in_memory().subspan(offset, out.size());
      std::copy(bytes.begin(), bytes.end(), out.begin());
      return true;
    }
    size_t done = 0;
    while (done < out.size()) {
      ssize_t got = ::pread(fd_, out.data() + done, out.size() - done,
                            static_cast<off_t>(offset_ + offset + done));
      if (got < 0 && errno == EINTR) continue;
      if (got <= 0) return false;  // an error, or the file shrank
      done += static_cast<size_t>(got);
    }
    return true;
  }

 private:
  ZipSource() = default;

  bool memory_mode() const { return fd_ < 0 || !owned_.empty(); }
  std::span<const uint8_t> bytes_in_memory() const {
    return owned_.empty() ? memory_ : std::span<const uint8_t>(owned_);
  }

  bool read_all(const std::string& path, std::string* error) {
    uint8_t buffer[65536];
    for (;;) {
      ssize_t got = ::read(fd_, buffer, sizeof buffer);
      if (got == 0) break;
      if (got < 0) {
        if (errno == EINTR) continue;
        set_error(error, path + ": " + std::strerror(errno));
        return false;
      }
      owned_.insert(owned_.end(), buffer, buffer + got);
    }
    size_ = owned_.size();
    return true;
  }

  std::span<const uint8_t> memory_;
  std::vector<uint8_t> owned_;  // a non-regular file's contents
  int fd_ = -1;
  uint64_t offset_ = 0;  // of the archive in the file
  uint64_t size_ = 0;
};

namespace {

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

// Reads the Zip64 end record that a locator (at `locator_pos` in the archive) points to.
bool read_zip64_directory(const ZipSource& source, const uint8_t* locator, uint64_t locator_pos,
                          Directory* out, std::string* error) {
  uint64_t record_pos = u64(locator + 8);
  std::vector<uint8_t> scratch;
  std::optional<std::span<const uint8_t>> bytes;
  if (!within(record_pos, kZip64EndSize, locator_pos) ||
      !(bytes = source.view(record_pos, kZip64EndSize, &scratch)) ||
      u32(bytes->data()) != kZip64EndSignature) {
    set_error(error, "invalid zip64 END header (bad offset or signature)");
    return false;
  }
  const uint8_t* record = bytes->data();
  out->entry_count = u64(record + 32);
  out->size = u64(record + 40);
  out->offset = u64(record + 48);
  if (!within(out->offset, out->size, record_pos)) {
    set_error(error, "invalid zip64 END header (bad central directory offset or size)");
    return false;
  }
  return true;
}

std::optional<Directory> locate_directory(const ZipSource& source, std::string* error) {
  // The end record, its comment and a Zip64 locator before it all lie in the archive's tail.
  uint64_t tail_size = std::min<uint64_t>(source.size(),
                                          kZip64LocatorSize + kEndSize + kMaxCommentSize);
  uint64_t tail_start = source.size() - tail_size;
  std::vector<uint8_t> scratch;
  std::optional<std::span<const uint8_t>> tail = source.view(tail_start, tail_size, &scratch);
  if (!tail) {
    set_error(error, "read error");
    return std::nullopt;
  }
  std::optional<size_t> end_in_tail = find_end_record(*tail);
  if (!end_in_tail) {
    set_error(error, "zip END header not found");
    return std::nullopt;
  }
  const uint8_t* end = &(*tail)[*end_in_tail];
  uint64_t end_pos = tail_start + *end_in_tail;
  Directory directory{u32(end + 16), u32(end + 12), u16(end + 10)};
  if (*end_in_tail >= kZip64LocatorSize &&
      u32(end - kZip64LocatorSize) == kZip64LocatorSignature) {
    if (!read_zip64_directory(source, end - kZip64LocatorSize, end_pos - kZip64LocatorSize,
                              &directory, error)) {
      return std::nullopt;
    }
    return directory;
  }
  // Data before the archive (a launcher stub, a jmod header) shifts every offset; the directory
  // ends where the end record starts, so the shift is what the declared offset is missing.
  if (directory.size > end_pos) {
    set_error(error, "invalid END header (bad central directory size)");
    return std::nullopt;
  }
  uint64_t actual_offset = end_pos - directory.size;
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

// Parses the central directory, which must stay in memory at *storage (the names point into
// it) unless the source is memory already.
bool parse_directory(const ZipSource& source, const Directory& directory,
                     std::vector<uint8_t>* storage, std::vector<ZipArchive::Entry>* entries,
                     std::string* error) {
  // Every header takes at least kCentralHeaderSize bytes, which bounds a hostile count.
  if (directory.entry_count > directory.size / kCentralHeaderSize) {
    set_error(error, "invalid END header (bad entry count)");
    return false;
  }
  std::optional<std::span<const uint8_t>> read = source.view(directory.offset, directory.size,
                                                             storage);
  if (!read) {
    set_error(error, "read error in the central directory");
    return false;
  }
  std::span<const uint8_t> cen = *read;
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

ZipArchive::ZipArchive(std::unique_ptr<Source> source) : source_(std::move(source)) {}

ZipArchive::~ZipArchive() = default;

std::unique_ptr<ZipArchive> ZipArchive::open(std::unique_ptr<Source> source, std::string* error) {
  if (source->size() == 0) {
    set_error(error, "zip file is empty");
    return nullptr;
  }
  std::unique_ptr<ZipArchive> archive(new ZipArchive(std::move(source)));
  std::optional<Directory> directory = locate_directory(*archive->source_, error);
  if (!directory || !parse_directory(*archive->source_, *directory, &archive->directory_copy_,
                                     &archive->entries_, error)) {
    return nullptr;
  }
  archive->directory_copy_.shrink_to_fit();
  std::vector<uint32_t>& by_name = archive->by_name_;
  const std::vector<Entry>& entries = archive->entries_;
  by_name.resize(entries.size());
  for (uint32_t i = 0; i < by_name.size(); ++i) by_name[i] = i;
  // Stable, so among equal names the first in the archive comes first and wins in find().
  std::stable_sort(by_name.begin(), by_name.end(),
                   [&](uint32_t a, uint32_t b) { return entries[a].name < entries[b].name; });
  return archive;
}

std::unique_ptr<ZipArchive> ZipArchive::open_file(const std::string& path, std::string* error) {
  std::string reason;
  std::unique_ptr<Source> source = ZipSource::file(path, std::nullopt, 0, error);
  if (!source) return nullptr;
  auto archive = open(std::move(source), &reason);
  if (!archive) set_error(error, path + ": " + reason);
  return archive;
}

std::unique_ptr<ZipArchive> ZipArchive::open_file_range(const std::string& path, uint64_t offset,
                                                        uint64_t size, std::string* error) {
  std::string reason;
  std::unique_ptr<Source> source = ZipSource::file(path, offset, size, error);
  if (!source) return nullptr;
  auto archive = open(std::move(source), &reason);
  if (!archive) set_error(error, path + ": " + reason);
  return archive;
}

std::unique_ptr<ZipArchive> ZipArchive::open_memory(std::span<const uint8_t> bytes,
                                                    std::string* error) {
  return open(ZipSource::memory(bytes), error);
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
  uint64_t header_pos = entry->local_header_offset;
  std::vector<uint8_t> scratch;
  std::optional<std::span<const uint8_t>> header;
  if (!within(header_pos, kLocalHeaderSize, source_->size()) ||
      !(header = source_->view(header_pos, kLocalHeaderSize, &scratch)) ||
      u32(header->data()) != kLocalHeaderSignature) {
    set_error(error, "invalid LOC header (bad signature)");
    return std::nullopt;
  }
  uint64_t data = header_pos + kLocalHeaderSize + u16(header->data() + 26) +
                  u16(header->data() + 28);
  if (!within(data, entry->compressed_size, source_->size())) {
    set_error(error, "invalid LOC header (entry data out of bounds)");
    return std::nullopt;
  }
  std::vector<uint8_t> contents(static_cast<size_t>(entry->uncompressed_size));
  if (entry->method == kMethodStored) {
    if (entry->compressed_size != contents.size()) {
      set_error(error, "invalid stored entry (sizes differ)");
      return std::nullopt;
    }
    if (!source_->read_into(data, contents)) {
      set_error(error, "read error");
      return std::nullopt;
    }
  } else {
    std::optional<std::span<const uint8_t>> compressed =
        source_->view(data, entry->compressed_size, &scratch);
    if (!compressed) {
      set_error(error, "read error");
      return std::nullopt;
    }
    if (!inflate_exactly(*compressed, contents, error)) return std::nullopt;
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
