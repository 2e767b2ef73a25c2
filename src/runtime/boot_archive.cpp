// Access to the class library jar that the build embeds into the runtime as read-only data, and
// its position in the runtime's file (found through the loaded object's program headers).
#include "runtime/boot_archive.hpp"

#include <fcntl.h>
#include <link.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <vector>

extern "C" const uint8_t islet_classlib_jar_start[];
extern "C" const uint8_t islet_classlib_jar_end[];

namespace islet::runtime {

std::span<const uint8_t> embedded_class_library() {
  return {islet_classlib_jar_start, static_cast<size_t>(islet_classlib_jar_end - islet_classlib_jar_start)};
}

namespace {

struct Search {
  uintptr_t address;
  std::optional<EmbeddedLibraryFile> found;
};

// dl_iterate_phdr callback: the loadable segment holding the jar gives its file offset.
int find_segment(dl_phdr_info* info, size_t, void* data) {
  auto* search = static_cast<Search*>(data);
  for (int i = 0; i < info->dlpi_phnum; ++i) {
    const ElfW(Phdr)& segment = info->dlpi_phdr[i];
    if (segment.p_type != PT_LOAD) continue;
    uintptr_t start = info->dlpi_addr + segment.p_vaddr;
    if (search->address < start || search->address >= start + segment.p_filesz) continue;
    // The main program has an empty name; /proc/self/exe names its file even if it was replaced.
    std::string path = info->dlpi_name != nullptr && info->dlpi_name[0] != '\0'
                           ? info->dlpi_name
                           : "/proc/self/exe";
    search->found = EmbeddedLibraryFile{path, segment.p_offset + (search->address - start), 0};
    return 1;
  }
  return 0;
}

// True if the file holds the jar's bytes at the offset: its central directory and end record
// (the tail) and its first local header are compared with the mapped copy.
bool file_matches(const EmbeddedLibraryFile& file, std::span<const uint8_t> bytes) {
  int fd = open(file.path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  size_t tail = std::min<size_t>(bytes.size(), 64 * 1024);
  std::vector<uint8_t> buffer(tail);
  bool same = pread(fd, buffer.data(), tail, static_cast<off_t>(file.offset + bytes.size() - tail)) ==
                  static_cast<ssize_t>(tail) &&
              std::memcmp(buffer.data(), bytes.data() + bytes.size() - tail, tail) == 0;
  size_t head = std::min<size_t>(bytes.size(), 4096);
  same = same && pread(fd, buffer.data(), head, static_cast<off_t>(file.offset)) ==
                     static_cast<ssize_t>(head) &&
         std::memcmp(buffer.data(), bytes.data(), head) == 0;
  close(fd);
  return same;
}

}  // namespace

std::optional<EmbeddedLibraryFile> embedded_class_library_file() {
  std::span<const uint8_t> bytes = embedded_class_library();
  Search search{reinterpret_cast<uintptr_t>(bytes.data()), std::nullopt};
  dl_iterate_phdr(find_segment, &search);
  if (!search.found) return std::nullopt;
  search.found->size = bytes.size();
  // Reading the tail from the file also keeps those pages of the mapping untouched.
  if (!file_matches(*search.found, bytes)) return std::nullopt;
  return search.found;
}

}  // namespace islet::runtime
