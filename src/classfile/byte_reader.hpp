// Bounds-checked big-endian reading of class-file bytes. Every read either succeeds or throws
// ByteReader::Underflow; the parser turns that into a ClassFormatError naming what it was reading.
// Offsets are absolute (relative to the start of the whole class file) even in sub-readers.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

namespace islet::classfile {

class ByteReader {
 public:
  // Thrown when a read needs more bytes than are left. `offset` is where the read started.
  struct Underflow {
    size_t offset;
    size_t missing;
  };

  explicit ByteReader(std::span<const uint8_t> bytes, size_t base_offset = 0)
      : bytes_(bytes), base_offset_(base_offset) {}

  // Absolute offset of the next byte to be read.
  size_t offset() const { return base_offset_ + position_; }
  // Position relative to the start of this reader's window.
  size_t position() const { return position_; }
  size_t size() const { return bytes_.size(); }
  size_t remaining() const { return bytes_.size() - position_; }
  bool at_end() const { return position_ == bytes_.size(); }

  uint8_t u1() {
    require(1);
    return bytes_[position_++];
  }
  uint16_t u2() {
    require(2);
    uint16_t value = static_cast<uint16_t>((bytes_[position_] << 8) | bytes_[position_ + 1]);
    position_ += 2;
    return value;
  }
  uint32_t u4() {
    require(4);
    uint32_t value = (uint32_t{bytes_[position_]} << 24) | (uint32_t{bytes_[position_ + 1]} << 16) |
                     (uint32_t{bytes_[position_ + 2]} << 8) | uint32_t{bytes_[position_ + 3]};
    position_ += 4;
    return value;
  }
  uint64_t u8() {
    require(8);
    uint64_t high = u4();
    return (high << 32) | u4();
  }
  int8_t s1() { return static_cast<int8_t>(u1()); }
  int16_t s2() { return static_cast<int16_t>(u2()); }
  int32_t s4() { return static_cast<int32_t>(u4()); }

  // The next `count` bytes, which stay owned by the underlying buffer.
  std::span<const uint8_t> bytes(size_t count) {
    require(count);
    auto view = bytes_.subspan(position_, count);
    position_ += count;
    return view;
  }

  void skip(size_t count) {
    require(count);
    position_ += count;
  }

  // A reader over the next `count` bytes; this reader moves past them. Used for attribute bodies,
  // so that a body which reads beyond its declared length is caught instead of eating the next
  // structure.
  ByteReader take(size_t count) {
    size_t start = offset();
    return ByteReader(bytes(count), start);
  }

  // Moves to `position` within this reader's window (used to revisit bytecode).
  void seek(size_t position) {
    if (position > bytes_.size()) throw Underflow{offset(), position - bytes_.size()};
    position_ = position;
  }

 private:
  void require(size_t count) const {
    if (count > remaining()) throw Underflow{offset(), count - remaining()};
  }

  std::span<const uint8_t> bytes_;
  size_t base_offset_ = 0;
  size_t position_ = 0;
};

}  // namespace islet::classfile
