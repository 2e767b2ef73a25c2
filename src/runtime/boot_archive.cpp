// Access to the class library jar that the build embeds into the runtime as read-only data, and
// its position in the runtime's file (found through the loaded object's program headers).
#include "runtime/boot_archive.hpp"

#include <link.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>

#include <cstdio>

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

// True if `path` is the file mapped at `address` (same device and inode in /proc/self/maps).
// The mapped copy itself is not compared: every page of it touched would become resident with
// up to 64 KiB around it, which is what reading through the file avoids.
bool is_file_mapped_at(const std::string& path, uintptr_t address) {
  struct stat st;
  if (stat(path.c_str(), &st) != 0) return false;
  FILE* maps = std::fopen("/proc/self/maps", "re");
  if (maps == nullptr) return false;
  bool same = false;
  char line[4096];
  while (std::fgets(line, sizeof line, maps) != nullptr) {
    unsigned long start, end, offset, inode;
    unsigned major_number, minor_number;
    char permissions[8];
    if (std::sscanf(line, "%lx-%lx %7s %lx %x:%x %lu", &start, &end, permissions, &offset,
                    &major_number, &minor_number, &inode) != 7) {
      continue;
    }
    if (address < start || address >= end) continue;
    same = inode == st.st_ino && major_number == major(st.st_dev) &&
           minor_number == minor(st.st_dev);
    break;
  }
  std::fclose(maps);
  return same;
}

}  // namespace

std::optional<EmbeddedLibraryFile> embedded_class_library_file() {
  std::span<const uint8_t> bytes = embedded_class_library();
  Search search{reinterpret_cast<uintptr_t>(bytes.data()), std::nullopt};
  dl_iterate_phdr(find_segment, &search);
  if (!search.found) return std::nullopt;
  search.found->size = bytes.size();
  if (!is_file_mapped_at(search.found->path, search.address)) return std::nullopt;
  return search.found;
}

}  // namespace islet::runtime
