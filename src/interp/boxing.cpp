// Boxing and unboxing of primitives through the java.lang wrapper classes, and primitive widening.
#include "interp/boxing.hpp"

#include <string>

#include "interp/interpreter.hpp"
#include "runtime/isolate.hpp"
#include "runtime/resolver.hpp"
#include "runtime/vm_thread.hpp"

namespace islet::interp {

using runtime::Field;
using runtime::Method;
using runtime::WellKnown;

namespace {

struct BoxInfo {
  BasicType type;
  WellKnown box;
  const char* value_of;
};
constexpr BoxInfo kBoxes[] = {
    {BasicType::Boolean, WellKnown::Boolean, "(Z)Ljava/lang/Boolean;"},
    {BasicType::Byte, WellKnown::Byte, "(B)Ljava/lang/Byte;"},
    {BasicType::Char, WellKnown::Character, "(C)Ljava/lang/Character;"},
    {BasicType::Short, WellKnown::Short, "(S)Ljava/lang/Short;"},
    {BasicType::Int, WellKnown::Integer, "(I)Ljava/lang/Integer;"},
    {BasicType::Long, WellKnown::Long, "(J)Ljava/lang/Long;"},
    {BasicType::Float, WellKnown::Float, "(F)Ljava/lang/Float;"},
    {BasicType::Double, WellKnown::Double, "(D)Ljava/lang/Double;"},
};

const BoxInfo* box_for_type(BasicType t) {
  for (const BoxInfo& b : kBoxes) {
    if (b.type == t) return &b;
  }
  return nullptr;
}

const BoxInfo* box_for_class(runtime::Isolate* isolate, const Class* k) {
  for (const BoxInfo& b : kBoxes) {
    if (isolate->well_known(b.box) == k) return &b;
  }
  return nullptr;
}

// Position of a primitive type in the widening order byte < short < int < long < float < double
// (char sits beside short: it widens to int and up only).
int widening_rank(BasicType t) {
  switch (t) {
    case BasicType::Byte: return 1;
    case BasicType::Short: case BasicType::Char: return 2;
    case BasicType::Int: return 3;
    case BasicType::Long: return 4;
    case BasicType::Float: return 5;
    case BasicType::Double: return 6;
    default: return 0;
  }
}

}  // namespace

Class* box_class_of(VMThread* thread, BasicType type) {
  const BoxInfo* info = box_for_type(type);
  return info ? thread->isolate()->well_known(info->box) : nullptr;
}

Object* box_value(VMThread* thread, BasicType type, Slot value) {
  const BoxInfo* info = box_for_type(type);
  Class* box_class = thread->isolate()->well_known(info->box);
  if (box_class == nullptr || !runtime::ensure_initialized(thread, box_class)) return nullptr;
  Method* value_of = box_class->find_declared_method("valueOf", info->value_of);
  return call_method(thread, value_of, {value}).l;
}

bool unbox_value(VMThread* thread, Object* boxed, BasicType* type, Slot* out) {
  const BoxInfo* info = box_for_class(thread->isolate(), boxed->klass);
  if (info == nullptr) return false;
  Field* f = boxed->klass->find_declared_field("value", std::string(1, static_cast<char>(info->type)));
  *type = info->type;
  out->raw = 0;
  switch (info->type) {
    case BasicType::Boolean: case BasicType::Byte: out->i = boxed->field_at<int8_t>(f->offset); break;
    case BasicType::Char: out->i = boxed->field_at<uint16_t>(f->offset); break;
    case BasicType::Short: out->i = boxed->field_at<int16_t>(f->offset); break;
    case BasicType::Int: out->i = boxed->field_at<int32_t>(f->offset); break;
    case BasicType::Float: out->f = boxed->field_at<float>(f->offset); break;
    case BasicType::Long: out->j = boxed->field_at<int64_t>(f->offset); break;
    default: out->d = boxed->field_at<double>(f->offset); break;
  }
  return true;
}

Slot widen_primitive(BasicType from, BasicType to, Slot v) {
  if (from == to) return v;
  auto as_long = [&]() -> int64_t { return from == BasicType::Long ? v.j : v.i; };
  switch (to) {
    case BasicType::Long: return Slot::of_long(as_long());
    case BasicType::Float:
      return Slot::of_float(from == BasicType::Long ? static_cast<float>(v.j) : static_cast<float>(v.i));
    case BasicType::Double:
      if (from == BasicType::Float) return Slot::of_double(v.f);
      return Slot::of_double(static_cast<double>(as_long()));
    default: return v;  // int-like to int-like: the value already fits
  }
}

bool is_primitive_widening(BasicType from, BasicType to) {
  if (from == to) return true;
  if (from == BasicType::Boolean || to == BasicType::Boolean) return false;
  if (to == BasicType::Char) return false;
  if (from == BasicType::Char) return widening_rank(to) >= 3;
  return widening_rank(from) < widening_rank(to);
}

}  // namespace islet::interp
