// ZipArchive over libzip, and jar manifest parsing (JAR File Specification, "Manifest").
#include "classfile/zip_archive.hpp"

#include <zip.h>

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace islet::classfile {

namespace {

std::string describe(zip_error_t* error) {
  const char* text = zip_error_strerror(error);
  return text != nullptr ? text : "unknown zip error";
}

void set_error(std::string* out, std::string message) {
  if (out != nullptr) *out = std::move(message);
}

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

ZipArchive::ZipArchive(zip* archive) : archive_(archive) {
  zip_int64_t count = zip_get_num_entries(archive_, 0);
  names_.reserve(count > 0 ? static_cast<size_t>(count) : 0);
  for (zip_int64_t i = 0; i < count; ++i) {
    // Raw names: jar tools write UTF-8, and Java reads names as UTF-8 whatever the flag says,
    // so libzip's CP437 guessing must not rewrite them.
    const char* name = zip_get_name(archive_, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_RAW);
    names_.emplace_back(name != nullptr ? name : "");
  }
  // Built after names_ is complete, because the keys point into its strings.
  for (size_t i = 0; i < names_.size(); ++i) index_.emplace(names_[i], i);  // first one wins
}

ZipArchive::~ZipArchive() { zip_discard(archive_); }

std::unique_ptr<ZipArchive> ZipArchive::open_file(const std::string& path, std::string* error) {
  // libzip opens a zero-length file as an empty archive; Java rejects it ("zip file is empty").
  std::error_code size_error;
  if (std::filesystem::file_size(path, size_error) == 0 && !size_error) {
    set_error(error, path + ": zip file is empty");
    return nullptr;
  }
  int code = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_RDONLY, &code);
  if (archive == nullptr) {
    zip_error_t details;
    zip_error_init_with_code(&details, code);
    set_error(error, path + ": " + describe(&details));
    zip_error_fini(&details);
    return nullptr;
  }
  return std::unique_ptr<ZipArchive>(new ZipArchive(archive));
}

std::unique_ptr<ZipArchive> ZipArchive::open_memory(std::span<const uint8_t> bytes,
                                                    std::string* error) {
  if (bytes.empty()) {
    set_error(error, "zip file is empty");
    return nullptr;
  }
  zip_error_t details;
  zip_error_init(&details);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &details);
  if (source == nullptr) {
    set_error(error, describe(&details));
    zip_error_fini(&details);
    return nullptr;
  }
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &details);
  if (archive == nullptr) {
    zip_source_free(source);  // still ours when opening fails
    set_error(error, describe(&details));
    zip_error_fini(&details);
    return nullptr;
  }
  zip_error_fini(&details);
  return std::unique_ptr<ZipArchive>(new ZipArchive(archive));
}

bool ZipArchive::contains(std::string_view name) const { return index_.count(name) != 0; }

std::vector<std::string> ZipArchive::entry_names() const { return names_; }

std::optional<std::vector<uint8_t>> ZipArchive::read(std::string_view name) const {
  auto found = index_.find(name);
  if (found == index_.end()) return std::nullopt;
  zip_uint64_t index = found->second;

  std::lock_guard<std::mutex> lock(mutex_);
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat_index(archive_, index, 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE) ||
      stat.size > kMaxEntrySize) {
    return std::nullopt;
  }
  zip_file_t* file = zip_fopen_index(archive_, index, 0);
  if (file == nullptr) return std::nullopt;
  std::vector<uint8_t> contents(static_cast<size_t>(stat.size));
  size_t filled = 0;
  bool ok = true;
  while (filled < contents.size()) {
    zip_int64_t got = zip_fread(file, contents.data() + filled, contents.size() - filled);
    if (got <= 0) {
      ok = false;  // an error, or fewer bytes than the directory promised
      break;
    }
    filled += static_cast<size_t>(got);
  }
  if (ok) {
    // The CRC is checked when the stream is read to its end; make sure it is.
    uint8_t extra;
    ok = zip_fread(file, &extra, 1) == 0;
  }
  if (zip_fclose(file) != 0) ok = false;
  if (!ok) return std::nullopt;
  return contents;
}

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
