// Natives of jdk.internal.io.NativeFiles: the POSIX file-system calls behind java.io.File, the
// file streams and java.nio.file.Files. Failures return -errno; the Java side turns the number
// (and strerror's text) into the exception and message each API uses.
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

#include <cstring>
#include <string>
#include <vector>

#include "natives/native_registry.hpp"
#include "natives/support.hpp"
#include "runtime/allocation.hpp"

namespace islet::natives {

namespace {

// Open-mode bits as NativeFiles declares them (independent of the platform's O_* values).
constexpr int32_t kOpenRead = 1;
constexpr int32_t kOpenWrite = 2;
constexpr int32_t kOpenCreate = 4;
constexpr int32_t kOpenExclusive = 8;
constexpr int32_t kOpenTruncate = 16;
constexpr int32_t kOpenAppend = 32;

// File kinds reported by stat0, as NativeFiles declares them.
constexpr int64_t kKindRegular = 1;
constexpr int64_t kKindDirectory = 2;
constexpr int64_t kKindSymlink = 3;
constexpr int64_t kKindOther = 4;

// The fields stat0 fills: kind, size, modification time (ms), permission bits.
constexpr int32_t kStatFields = 4;

bool path_of(VMThread* thread, Object* path, std::string& out) {
  if (!null_check(thread, path)) return false;
  out = runtime::string_to_utf8(thread, path);
  return true;
}

int32_t open_file(VMThread* thread, Object* path, int32_t mode, int32_t permissions) {
  std::string p;
  if (!path_of(thread, path, p)) return -EINVAL;
  int flags = O_CLOEXEC;
  bool read = (mode & kOpenRead) != 0;
  bool write = (mode & (kOpenWrite | kOpenAppend)) != 0;
  flags |= read && write ? O_RDWR : write ? O_WRONLY : O_RDONLY;
  if (mode & kOpenCreate) flags |= O_CREAT;
  if (mode & kOpenExclusive) flags |= O_EXCL;
  if (mode & kOpenTruncate) flags |= O_TRUNC;
  if (mode & kOpenAppend) flags |= O_APPEND;
  int fd;
  do {
    fd = ::open(p.c_str(), flags, static_cast<mode_t>(permissions));
  } while (fd < 0 && errno == EINTR);
  if (fd < 0) return -errno;
  // Opening a directory read-only succeeds on POSIX, but Java treats it as an error.
  struct stat st;
  if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    ::close(fd);
    return -EISDIR;
  }
  return fd;
}

int32_t close_file(VMThread*, int32_t fd) { return ::close(fd) == 0 ? 0 : -errno; }

int64_t seek(VMThread*, int32_t fd, int64_t offset, int32_t whence) {
  off_t r = ::lseek(fd, static_cast<off_t>(offset), whence == 0 ? SEEK_SET : whence == 1 ? SEEK_CUR : SEEK_END);
  return r < 0 ? -errno : static_cast<int64_t>(r);
}

int32_t truncate_fd(VMThread*, int32_t fd, int64_t length) {
  return ::ftruncate(fd, static_cast<off_t>(length)) == 0 ? 0 : -errno;
}

// Reads up to len bytes: the count, 0 at end of file, or -errno.
int32_t read_fd(VMThread* thread, int32_t fd, ArrayObject* b, int32_t off, int32_t len) {
  if (!null_check(thread, b)) return -EINVAL;
  if (off < 0 || len < 0 || off > b->length - len) return -EINVAL;
  ssize_t n;
  do {
    n = ::read(fd, b->data<uint8_t>() + off, static_cast<size_t>(len));
  } while (n < 0 && errno == EINTR);
  return n < 0 ? -errno : static_cast<int32_t>(n);
}

// Writes all len bytes: 0, or -errno.
int32_t write_fd(VMThread* thread, int32_t fd, ArrayObject* b, int32_t off, int32_t len) {
  if (!null_check(thread, b)) return -EINVAL;
  if (off < 0 || len < 0 || off > b->length - len) return -EINVAL;
  const uint8_t* p = b->data<uint8_t>() + off;
  size_t remaining = static_cast<size_t>(len);
  while (remaining > 0) {
    ssize_t n = ::write(fd, p, remaining);
    if (n < 0) {
      if (errno == EINTR) continue;
      return -errno;
    }
    p += n;
    remaining -= static_cast<size_t>(n);
  }
  return 0;
}

int64_t kind_of(mode_t mode) {
  if (S_ISREG(mode)) return kKindRegular;
  if (S_ISDIR(mode)) return kKindDirectory;
  if (S_ISLNK(mode)) return kKindSymlink;
  return kKindOther;
}

int32_t stat_file(VMThread* thread, Object* path, bool follow_links, ArrayObject* out) {
  std::string p;
  if (!path_of(thread, path, p) || !null_check(thread, out)) return -EINVAL;
  if (out->length < kStatFields) return -EINVAL;
  struct stat st;
  int r = follow_links ? ::stat(p.c_str(), &st) : ::lstat(p.c_str(), &st);
  if (r != 0) return -errno;
  int64_t* fields = out->data<int64_t>();
  fields[0] = kind_of(st.st_mode);
  fields[1] = static_cast<int64_t>(st.st_size);
  fields[2] = static_cast<int64_t>(st.st_mtim.tv_sec) * 1000 + st.st_mtim.tv_nsec / 1000000;
  fields[3] = static_cast<int64_t>(st.st_mode & 07777);
  return 0;
}

int32_t access_file(VMThread* thread, Object* path, int32_t mode) {
  std::string p;
  if (!path_of(thread, path, p)) return -EINVAL;
  return ::access(p.c_str(), mode) == 0 ? 0 : -errno;
}

int32_t unlink_file(VMThread* thread, Object* path) {
  std::string p;
  if (!path_of(thread, path, p)) return -EINVAL;
  return ::unlink(p.c_str()) == 0 ? 0 : -errno;
}

int32_t remove_dir(VMThread* thread, Object* path) {
  std::string p;
  if (!path_of(thread, path, p)) return -EINVAL;
  return ::rmdir(p.c_str()) == 0 ? 0 : -errno;
}

int32_t make_dir(VMThread* thread, Object* path, int32_t permissions) {
  std::string p;
  if (!path_of(thread, path, p)) return -EINVAL;
  return ::mkdir(p.c_str(), static_cast<mode_t>(permissions)) == 0 ? 0 : -errno;
}

int32_t rename_file(VMThread* thread, Object* from, Object* to) {
  std::string a;
  std::string b;
  if (!path_of(thread, from, a) || !path_of(thread, to, b)) return -EINVAL;
  return ::rename(a.c_str(), b.c_str()) == 0 ? 0 : -errno;
}

int32_t change_mode(VMThread* thread, Object* path, int32_t permissions) {
  std::string p;
  if (!path_of(thread, path, p)) return -EINVAL;
  return ::chmod(p.c_str(), static_cast<mode_t>(permissions)) == 0 ? 0 : -errno;
}

int32_t set_modified(VMThread* thread, Object* path, int64_t millis) {
  std::string p;
  if (!path_of(thread, path, p)) return -EINVAL;
  struct timeval times[2];
  times[0].tv_sec = times[1].tv_sec = static_cast<time_t>(millis / 1000);
  times[0].tv_usec = times[1].tv_usec = static_cast<suseconds_t>((millis % 1000) * 1000);
  return ::utimes(p.c_str(), times) == 0 ? 0 : -errno;
}

// The entry names of a directory except "." and "..", in readdir order; null if it cannot be read.
Object* list_dir(VMThread* thread, Object* path) {
  std::string p;
  if (!path_of(thread, path, p)) return nullptr;
  DIR* dir = ::opendir(p.c_str());
  if (dir == nullptr) return nullptr;
  std::vector<std::string> names;
  while (struct dirent* entry = ::readdir(dir)) {
    if (std::strcmp(entry->d_name, ".") == 0 || std::strcmp(entry->d_name, "..") == 0) continue;
    names.emplace_back(entry->d_name);
  }
  ::closedir(dir);
  ArrayObject* array = runtime::new_object_array(thread, thread->isolate()->well_known(WellKnown::String),
                                                 static_cast<int32_t>(names.size()));
  if (array == nullptr) return nullptr;
  for (size_t i = 0; i < names.size(); ++i) {
    Object* name = java_string(thread, names[i]);
    if (name == nullptr) return nullptr;
    array->at<Object*>(static_cast<int32_t>(i)) = name;
  }
  return array;
}

// realpath() of the path; null if some component does not exist.
Object* real_path(VMThread* thread, Object* path) {
  std::string p;
  if (!path_of(thread, path, p)) return nullptr;
  char* resolved = ::realpath(p.c_str(), nullptr);
  if (resolved == nullptr) return nullptr;
  Object* result = java_string(thread, resolved);
  ::free(resolved);
  return result;
}

Object* error_text(VMThread* thread, int32_t error) { return java_string(thread, std::strerror(error)); }

Object* working_directory(VMThread* thread) {
  std::vector<char> buffer(PATH_MAX);
  while (::getcwd(buffer.data(), buffer.size()) == nullptr) {
    if (errno != ERANGE) return nullptr;
    buffer.resize(buffer.size() * 2);
  }
  return java_string(thread, buffer.data());
}

constexpr const char* kClass = "jdk/internal/io/NativeFiles";

constexpr NativeEntry kEntries[] = {
    {kClass, "open0", "(Ljava/lang/String;II)I", adapt<&open_file>()},
    {kClass, "close0", "(I)I", adapt<&close_file>()},
    {kClass, "read0", "(I[BII)I", adapt<&read_fd>()},
    {kClass, "write0", "(I[BII)I", adapt<&write_fd>()},
    {kClass, "seek0", "(IJI)J", adapt<&seek>()},
    {kClass, "truncate0", "(IJ)I", adapt<&truncate_fd>()},
    {kClass, "stat0", "(Ljava/lang/String;Z[J)I", adapt<&stat_file>()},
    {kClass, "access0", "(Ljava/lang/String;I)I", adapt<&access_file>()},
    {kClass, "unlink0", "(Ljava/lang/String;)I", adapt<&unlink_file>()},
    {kClass, "rmdir0", "(Ljava/lang/String;)I", adapt<&remove_dir>()},
    {kClass, "mkdir0", "(Ljava/lang/String;I)I", adapt<&make_dir>()},
    {kClass, "rename0", "(Ljava/lang/String;Ljava/lang/String;)I", adapt<&rename_file>()},
    {kClass, "chmod0", "(Ljava/lang/String;I)I", adapt<&change_mode>()},
    {kClass, "setModified0", "(Ljava/lang/String;J)I", adapt<&set_modified>()},
    {kClass, "list0", "(Ljava/lang/String;)[Ljava/lang/String;", adapt<&list_dir>()},
    {kClass, "realpath0", "(Ljava/lang/String;)Ljava/lang/String;", adapt<&real_path>()},
    {kClass, "strerror0", "(I)Ljava/lang/String;", adapt<&error_text>()},
    {kClass, "getcwd0", "()Ljava/lang/String;", adapt<&working_directory>()},
};

}  // namespace

std::pair<const NativeEntry*, size_t> file_natives() { return {kEntries, std::size(kEntries)}; }

}  // namespace islet::natives
