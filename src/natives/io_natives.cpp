// Natives of java.io.FileOutputStream and FileInputStream: raw reads and writes on descriptors.
#include <errno.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <memory>

#include "natives/native_registry.hpp"
#include "natives/support.hpp"
#include "runtime/safepoint.hpp"

namespace islet::natives {

namespace {

void throw_io(VMThread* thread, const char* what) {
  Class* io = runtime::load_class(thread, thread->isolate()->boot_loader(), "java/io/IOException");
  if (io != nullptr) runtime::throw_new(thread, io, std::string(what) + ": " + std::strerror(errno));
}

bool check_range(VMThread* thread, ArrayObject* b, int32_t off, int32_t len) {
  if (!null_check(thread, b)) return false;
  if (off < 0 || len < 0 || off > b->length - len) {
    runtime::throw_new(thread, WellKnown::ArrayIndexOutOfBoundsException,
                       "Range [" + std::to_string(off) + ", " + std::to_string(off) + " + " +
                           std::to_string(len) + ") out of bounds for length " + std::to_string(b->length));
    return false;
  }
  return true;
}

void write_bytes(VMThread* thread, int32_t fd, ArrayObject* b, int32_t off, int32_t len) {
  if (!check_range(thread, b, off, len)) return;
  const uint8_t* p = b->data<uint8_t>() + off;
  size_t remaining = static_cast<size_t>(len);
  while (remaining > 0) {
    ssize_t n = ::write(fd, p, remaining);
    if (n < 0) {
      if (errno == EINTR) continue;
      throw_io(thread, "write");
      return;
    }
    p += n;
    remaining -= static_cast<size_t>(n);
  }
}

// A read may block (a terminal, a pipe): it runs as a safe thread, into a C++ buffer, since
// a safe thread must not write to Java objects; the bytes are copied once the thread runs again.
int32_t read_bytes(VMThread* thread, int32_t fd, ArrayObject* b, int32_t off, int32_t len) {
  if (!check_range(thread, b, off, len)) return -1;
  if (len == 0) return 0;
  constexpr size_t kMaxChunk = 64 * 1024;
  size_t wanted = std::min(static_cast<size_t>(len), kMaxChunk);
  auto buffer = std::make_unique<uint8_t[]>(wanted);
  ssize_t n;
  int error = 0;
  {
    runtime::SafeRegion region(thread);
    do {
      n = ::read(fd, buffer.get(), wanted);
    } while (n < 0 && errno == EINTR);
    if (n < 0) error = errno;
  }
  if (n < 0) {
    errno = error;
    throw_io(thread, "read");
    return -1;
  }
  if (n == 0) return -1;
  std::memcpy(b->data<uint8_t>() + off, buffer.get(), static_cast<size_t>(n));
  return static_cast<int32_t>(n);
}

int32_t available(VMThread* thread, int32_t fd) {
  int count = 0;
  if (ioctl(fd, FIONREAD, &count) < 0) return 0;
  return count;
}

constexpr NativeEntry kEntries[] = {
    {"java/io/FileOutputStream", "writeBytes0", "(I[BII)V", adapt<&write_bytes>()},
    {"java/io/FileInputStream", "readBytes0", "(I[BII)I", adapt<&read_bytes>()},
    {"java/io/FileInputStream", "available0", "(I)I", adapt<&available>()},
};

}  // namespace

std::pair<const NativeEntry*, size_t> io_natives() { return {kEntries, std::size(kEntries)}; }

}  // namespace islet::natives
