// Slot: the untyped 8-byte cell of interpreter locals and operand stacks, and the value type
// natives and Java calls exchange. A long or double occupies two slots (the value lives in the
// first), exactly as the JVM specification counts them, so bytecode local indexes map 1:1.
#pragma once

#include <cstdint>
#include <cstring>

namespace islet::runtime {

struct Object;

union Slot {
  int32_t i;
  int64_t j;
  float f;
  double d;
  Object* l;
  uint64_t raw;

  static Slot of_int(int32_t v) { Slot s; s.raw = 0; s.i = v; return s; }
  static Slot of_long(int64_t v) { Slot s; s.j = v; return s; }
  static Slot of_float(float v) { Slot s; s.raw = 0; s.f = v; return s; }
  static Slot of_double(double v) { Slot s; s.d = v; return s; }
  static Slot of_ref(Object* v) { Slot s; s.l = v; return s; }
  static Slot zero() { Slot s; s.raw = 0; return s; }
};
static_assert(sizeof(Slot) == 8);

}  // namespace islet::runtime
