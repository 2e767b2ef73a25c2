// Direct reads of a Value's payload for the implementation's hot paths, and the fast store of a
// Value into a scalar argument slot that the dynamic call path tries before the general one.
#pragma once

#include "islet/nfi.hpp"
#include "nfi/boxes.hpp"

namespace islet::nfi::detail {

struct ValueAccess {
  static int64_t i64(const Value& value) { return value.payload_.i64; }
  static uint64_t u64(const Value& value) { return value.payload_.u64; }
  static float f32(const Value& value) { return value.payload_.f32; }
  static double f64(const Value& value) { return value.payload_.f64; }
  static void* pointer(const Value& value) { return value.payload_.pointer; }
};

// Stores numbers, strings and raw pointers without allocating. False means "not handled here":
// the caller takes the general path, which also produces the error message when there is one.
inline bool store_value_fast(TypeKind kind, const Value& value, Slot& slot) {
  switch (value.kind()) {
    case Value::Kind::Int: {
      int64_t number = ValueAccess::i64(value);
      if (kind == TypeKind::SInt32 && number >= INT32_MIN && number <= INT32_MAX) {
        slot.i64 = number;
        return true;
      }
      return store_integer(kind, number, slot);
    }
    case Value::Kind::UInt:
      return store_unsigned(kind, ValueAccess::u64(value), slot);
    case Value::Kind::Double:
      if (kind == TypeKind::Double) {
        slot.f64 = ValueAccess::f64(value);
        return true;
      }
      return store_floating(kind, ValueAccess::f64(value), slot);
    case Value::Kind::Float:
      if (kind == TypeKind::Float) {
        slot.f32 = ValueAccess::f32(value);
        return true;
      }
      return store_floating(kind, ValueAccess::f32(value), slot);
    case Value::Kind::String:
      if (kind != TypeKind::String) return false;
      slot.pointer = const_cast<char*>(static_cast<const StringBox*>(value.box())->text.c_str());
      return true;
    case Value::Kind::Null:
      return store_pointer(kind, nullptr, slot);
    case Value::Kind::Pointer:
    case Value::Kind::NativeString:
      return store_pointer(kind, ValueAccess::pointer(value), slot);
    default:
      return false;
  }
}

}  // namespace islet::nfi::detail
