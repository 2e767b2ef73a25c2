// Natives of java.io.FileOutputStream and FileInputStream: raw reads and writes on descriptors.
#include <errno.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <cstring>

#include "natives/native_registry.hpp"
#include "natives/support.hpp"

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

int32_t read_bytes(VMThread* thread, int32_t fd, ArrayObject* b, int32_t off, int32_t len) {
  if (!check_range(thread, b, off, len)) return -1;
  if (len == 0) return 0;
  for (;;) {
    ssize_t n = ::read(fd, b->data<uint8_t>() + off, static_cast<size_t>(len));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      throw_io(thread, "read");
      return -1;
    }
    return n == 0 ? -1 : static_cast<int32_t>(n);
  }
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
