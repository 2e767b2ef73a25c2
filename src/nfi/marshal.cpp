// The NFI marshalling table, both directions. Numbers follow the polyglot rules: a value
// converts when it fits the target's signed or unsigned range (only its bits reach C) or, for
// floating types, when the conversion is exact. Strings, OBJECT handles and closures follow the
// ownership rules of trufflenfi.h.
#include "nfi/marshal.hpp"

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <new>

#include "nfi/boxes.hpp"
#include "nfi/closure.hpp"
#include "nfi/context.hpp"
#include "nfi/function.hpp"
#include "nfi/value_access.hpp"

namespace islet::nfi::detail {

// --- scalar stores (also used inline by the typed fast path) ---

namespace {

template <class Narrow>
bool store_narrow(int64_t value, Slot& slot, bool is_signed) {
  using Unsigned = std::make_unsigned_t<Narrow>;
  // Either range is fine: -1 and 255 both reach a UINT8 or SINT8 argument as the bits 0xFF.
  if (value < std::numeric_limits<Narrow>::min() || value > std::numeric_limits<Unsigned>::max())
    return false;
  slot.i64 = is_signed ? static_cast<int64_t>(static_cast<Narrow>(value))
                       : static_cast<int64_t>(static_cast<Unsigned>(value));
  return true;
}

}  // namespace

bool store_integer(TypeKind kind, int64_t value, Slot& slot) {
  switch (kind) {
    case TypeKind::SInt8:
      return store_narrow<int8_t>(value, slot, true);
    case TypeKind::UInt8:
      return store_narrow<int8_t>(value, slot, false);
    case TypeKind::SInt16:
      return store_narrow<int16_t>(value, slot, true);
    case TypeKind::UInt16:
      return store_narrow<int16_t>(value, slot, false);
    case TypeKind::SInt32:
      return store_narrow<int32_t>(value, slot, true);
    case TypeKind::UInt32:
      return store_narrow<int32_t>(value, slot, false);
    case TypeKind::SInt64:
    case TypeKind::UInt64:
      slot.i64 = value;
      return true;
    case TypeKind::Float: {
      float converted = static_cast<float>(value);
      slot.f32 = converted;
      return static_cast<long double>(converted) == static_cast<long double>(value);
    }
    case TypeKind::Double: {
      double converted = static_cast<double>(value);
      slot.f64 = converted;
      return static_cast<long double>(converted) == static_cast<long double>(value);
    }
    case TypeKind::FP80:
      slot.f80 = value;
      return true;
    case TypeKind::Pointer:
      slot.pointer = reinterpret_cast<void*>(value);
      return true;
    default:
      return false;
  }
}

bool store_unsigned(TypeKind kind, uint64_t value, Slot& slot) {
  if (value <= static_cast<uint64_t>(INT64_MAX))
    return store_integer(kind, static_cast<int64_t>(value), slot);
  switch (kind) {
    case TypeKind::SInt64:
    case TypeKind::UInt64:
      slot.u64 = value;
      return true;
    case TypeKind::Float: {
      float converted = static_cast<float>(value);
      slot.f32 = converted;
      return static_cast<long double>(converted) == static_cast<long double>(value);
    }
    case TypeKind::Double: {
      double converted = static_cast<double>(value);
      slot.f64 = converted;
      return static_cast<long double>(converted) == static_cast<long double>(value);
    }
    case TypeKind::FP80:
      slot.f80 = value;
      return true;
    case TypeKind::Pointer:
      slot.pointer = reinterpret_cast<void*>(value);
      return true;
    default:
      return false;
  }
}

bool store_floating(TypeKind kind, long double value, Slot& slot) {
  switch (kind) {
    case TypeKind::Float:
      slot.f32 = static_cast<float>(value);
      return static_cast<long double>(slot.f32) == value || std::isnan(value);
    case TypeKind::Double:
      slot.f64 = static_cast<double>(value);
      return static_cast<long double>(slot.f64) == value || std::isnan(value);
    case TypeKind::FP80:
      slot.f80 = value;
      return true;
    default:
      break;
  }
  if (!is_integer_kind(kind) || !std::isfinite(value) || std::trunc(value) != value) return false;
  if (value >= -0x1p63L && value < 0x1p63L)
    return store_integer(kind, static_cast<int64_t>(value), slot);
  if (value >= 0 && value < 0x1p64L)
    return store_unsigned(kind, static_cast<uint64_t>(value), slot);
  return false;
}

bool store_pointer(TypeKind kind, const void* value, Slot& slot) {
  if (kind != TypeKind::Pointer && kind != TypeKind::String && kind != TypeKind::Function &&
      kind != TypeKind::Array)
    return false;
  slot.pointer = const_cast<void*>(value);
  return true;
}

char* malloc_string(std::string_view text) {
  auto* copy = static_cast<char*>(std::malloc(text.size() + 1));
  if (copy == nullptr) throw std::bad_alloc();
  std::memcpy(copy, text.data(), text.size());
  copy[text.size()] = '\0';
  return copy;
}

// --- Value -> native ---

namespace {

bool is_address_kind(Value::Kind kind) {
  switch (kind) {
    case Value::Kind::Null:
    case Value::Kind::Pointer:
    case Value::Kind::NativeString:
    case Value::Kind::Symbol:
    case Value::Kind::Function:
    case Value::Kind::Closure:
      return true;
    default:
      return false;
  }
}

// A number or address Value into a scalar slot of `kind`.
bool store_scalar(TypeKind kind, const Value& value, Slot& slot) {
  switch (value.kind()) {
    case Value::Kind::Int:
      return store_integer(kind, value.as<int64_t>(), slot);
    case Value::Kind::UInt:
      return store_unsigned(kind, value.as<uint64_t>(), slot);
    case Value::Kind::Float:
      if (kind == TypeKind::Float) {
        slot.f32 = value.as<float>();
        return true;
      }
      return store_floating(kind, value.as<float>(), slot);
    case Value::Kind::Double:
    case Value::Kind::LongDouble:
      return store_floating(kind, value.as_long_double(), slot);
    default:
      if (!is_address_kind(value.kind())) return false;
      return store_pointer(kind, value.as_pointer(), slot);
  }
}

[[noreturn]] void throw_argument_error(const SignatureImpl& signature, size_t index,
                                       const Type& type, const Value& value,
                                       const std::string& why = "") {
  throw Error(Error::Kind::ArgumentType,
              "argument " + std::to_string(index + 1) + " of " + signature.to_string() +
                  ": expected " + type_to_string(type) + ", got " + value.to_string() + why);
}

bool array_elements_match(TypeKind declared, TypeKind given) {
  if (declared == given) return true;
  // Integer arrays of the same width share their bits, as scalar integers do.
  return is_integer_kind(declared) && is_integer_kind(given) &&
         scalar_size(declared) == scalar_size(given);
}

// Writes a struct value's bytes at `destination` (layout already computed). Returns an
// explanation when the value does not fit the struct, empty on success.
std::string store_struct(const Type& type, const Value& value, unsigned char* destination) {
  if (value.kind() != Value::Kind::Struct) return "";
  const auto& box = *static_cast<const StructBox*>(value.box());
  const StructLayout& layout = *type.layout;
  if (!box.bytes.empty() && box.bytes.size() == layout.type.size) {
    std::memcpy(destination, box.bytes.data(), box.bytes.size());
    return {};
  }
  if (box.fields.empty())
    return " (" + std::to_string(box.bytes.size()) + " bytes given, the struct has " +
           std::to_string(layout.type.size) + ")";
  if (box.fields.size() != type.members.size())
    return " (" + std::to_string(box.fields.size()) + " fields given, the struct has " +
           std::to_string(type.members.size()) + ")";
  std::memset(destination, 0, layout.type.size);
  for (size_t i = 0; i < type.members.size(); ++i) {
    const Type& field = type.members[i];
    unsigned char* where = destination + layout.offsets[i];
    if (field.kind == TypeKind::Struct) {
      std::string problem = store_struct(field, box.fields[i], where);
      if (box.fields[i].kind() != Value::Kind::Struct)
        return " (field " + std::to_string(i + 1) + " must be a struct)";
      if (!problem.empty()) return problem;
      continue;
    }
    Slot slot{};
    if (!store_scalar(field.kind, box.fields[i], slot))
      return " (field " + std::to_string(i + 1) + " is " + box.fields[i].to_string() +
             ", expected " + type_to_string(field) + ")";
    std::memcpy(where, slot.bytes, scalar_size(field.kind));
  }
  return {};
}

}  // namespace

void store_argument(const SignatureImpl& signature, size_t native_index, size_t index,
                    const Value& value, void* slot_memory, ContextImpl& context,
                    CallCleanup& cleanup) {
  const Type& type = signature.arguments()[native_index];
  Slot& slot = *static_cast<Slot*>(slot_memory);
  switch (type.kind) {
    case TypeKind::String:
      if (value.kind() == Value::Kind::String) {
        // The Value owns zero-terminated UTF-8 already, alive for the whole call.
        slot.pointer = const_cast<char*>(static_cast<const StringBox*>(value.box())->text.c_str());
        return;
      }
      if (!is_address_kind(value.kind())) throw_argument_error(signature, index, type, value);
      slot.pointer = value.as_pointer();
      return;
    case TypeKind::Object:
      slot.pointer = value.is_null() && value.kind() == Value::Kind::Null
                         ? nullptr
                         : context.new_handle(value);
      if (slot.pointer != nullptr) cleanup.release_handle(static_cast<TruffleObject>(slot.pointer));
      return;
    case TypeKind::Array: {
      if (value.kind() != Value::Kind::Array) {
        if (!is_address_kind(value.kind())) throw_argument_error(signature, index, type, value);
        slot.pointer = value.as_pointer();
        return;
      }
      std::shared_ptr<ArraySource> source = value.array_source();
      if (!array_elements_match(type.members[0].kind, source->element_kind()))
        throw_argument_error(
            signature, index, type, value,
            " (elements are " + std::string(type_kind_name(source->element_kind())) + ")");
      slot.pointer = source->begin_call();
      cleanup.end_array(std::move(source), slot.pointer);
      return;
    }
    case TypeKind::Function:
      if (value.kind() == Value::Kind::Callable) {
        // Valid for this call only, unless native code keeps it with newClosureRef.
        auto closure = Ref<ClosureImpl>::adopt(
            new ClosureImpl(Ref<ContextImpl>::share(&context), type.function,
                            Ref<CallableImpl>::share(static_cast<CallableImpl*>(value.box()))));
        slot.pointer = closure->code();
        cleanup.release_closure(std::move(closure));
        return;
      }
      if (!is_address_kind(value.kind())) throw_argument_error(signature, index, type, value);
      slot.pointer = value.as_pointer();
      return;
    case TypeKind::Struct: {
      std::string problem = store_struct(type, value, static_cast<unsigned char*>(slot_memory));
      if (value.kind() != Value::Kind::Struct || !problem.empty())
        throw_argument_error(signature, index, type, value, problem);
      return;
    }
    case TypeKind::Pointer:
      if (value.kind() == Value::Kind::Array) {
        std::shared_ptr<ArraySource> source = value.array_source();
        slot.pointer = source->begin_call();
        cleanup.end_array(std::move(source), slot.pointer);
        return;
      }
      [[fallthrough]];
    default:
      if (!store_scalar(signature.core().native_kinds[native_index], value, slot))
        throw_argument_error(
            signature, index, type, value,
            value.is_number() ? " (out of range or not exactly representable)" : "");
      return;
  }
}

void CallCleanup::end_array(std::shared_ptr<ArraySource> array, void* data) {
  arrays_.emplace_back(std::move(array), data);
}
void CallCleanup::release_handle(TruffleObject handle) { handles_.push_back(handle); }
void CallCleanup::release_closure(Ref<ClosureImpl> closure) {
  closures_.push_back(std::move(closure));
}

void CallCleanup::run() noexcept {
  for (auto& [array, data] : arrays_) array->end_call(data);
  arrays_.clear();
  for (TruffleObject handle : handles_) context_.release_handle(handle);
  handles_.clear();
  closures_.clear();
}

// --- native -> Value ---

Value load_native(const Type& type, const void* data, ContextImpl& context) {
  auto read = [data]<class T>(T*) {
    T value;
    std::memcpy(&value, data, sizeof(T));
    return value;
  };
  switch (type.kind) {
    case TypeKind::Void:
    case TypeKind::Env:
      return Value();
    case TypeKind::SInt8:
      return Value(read(static_cast<int8_t*>(nullptr)));
    case TypeKind::UInt8:
      return Value(read(static_cast<uint8_t*>(nullptr)));
    case TypeKind::SInt16:
      return Value(read(static_cast<int16_t*>(nullptr)));
    case TypeKind::UInt16:
      return Value(read(static_cast<uint16_t*>(nullptr)));
    case TypeKind::SInt32:
      return Value(read(static_cast<int32_t*>(nullptr)));
    case TypeKind::UInt32:
      return Value(read(static_cast<uint32_t*>(nullptr)));
    case TypeKind::SInt64:
      return Value(read(static_cast<int64_t*>(nullptr)));
    case TypeKind::UInt64:
      return Value(read(static_cast<uint64_t*>(nullptr)));
    case TypeKind::Float:
      return Value(read(static_cast<float*>(nullptr)));
    case TypeKind::Double:
      return Value(read(static_cast<double*>(nullptr)));
    case TypeKind::FP80:
      return Value(read(static_cast<long double*>(nullptr)));
    case TypeKind::Pointer:
    case TypeKind::Array:
      return Value::pointer(read(static_cast<void**>(nullptr)));
    case TypeKind::String:
      return Value::native_string(read(static_cast<char**>(nullptr)));
    case TypeKind::Object: {
      auto handle = read(static_cast<TruffleObject*>(nullptr));
      if (handle == nullptr) return Value();
      std::optional<Value> object = context.resolve_handle(handle);
      if (!object) {
        char text[32];
        std::snprintf(text, sizeof text, "%p", static_cast<void*>(handle));
        throw Error(Error::Kind::ReturnType,
                    std::string("OBJECT value ") + text + " is not a live object handle");
      }
      return *object;
    }
    case TypeKind::Function: {
      void* code = read(static_cast<void**>(nullptr));
      if (code == nullptr) return Value::pointer(nullptr);
      return Value(Function(make_function(Ref<ContextImpl>::share(&context), type.function, code,
                                          {}, "function pointer")));
    }
    case TypeKind::Struct: {
      auto* box = new StructBox();
      Value result = Value::from_box(Value::Kind::Struct, box);
      const StructLayout& layout = *type.layout;
      const auto* bytes = static_cast<const unsigned char*>(data);
      box->bytes.assign(bytes, bytes + layout.type.size);
      for (size_t i = 0; i < type.members.size(); ++i)
        box->fields.push_back(load_native(type.members[i], bytes + layout.offsets[i], context));
      return result;
    }
  }
  return Value();
}

// --- callback results ---

void store_callback_result(const Type& type, const Value& value, void* result,
                           ContextImpl& context) {
  auto fail = [&](const std::string& why = "") {
    throw Error(Error::Kind::ReturnType, "callback result: expected " + type_to_string(type) +
                                             ", got " + value.to_string() + why);
  };
  switch (type.kind) {
    case TypeKind::Void:
      return;
    case TypeKind::String: {
      char* copy = nullptr;
      if (value.kind() == Value::Kind::String)
        copy = malloc_string(value.as_string());
      else if (value.kind() == Value::Kind::NativeString && !value.is_null())
        copy = malloc_string(value.as_string());
      else if (is_address_kind(value.kind()))
        copy = static_cast<char*>(value.as_pointer());
      else
        fail();
      std::memcpy(result, &copy, sizeof copy);
      return;
    }
    case TypeKind::Object: {
      TruffleObject handle =
          value.kind() == Value::Kind::Null ? nullptr : context.new_handle(value);
      std::memcpy(result, &handle, sizeof handle);
      return;
    }
    case TypeKind::Function: {
      void* code = nullptr;
      if (value.kind() == Value::Kind::Callable) {
        // Owned by the native caller from here on: it frees it with releaseClosureRef.
        auto* closure =
            new ClosureImpl(Ref<ContextImpl>::share(&context), type.function,
                            Ref<CallableImpl>::share(static_cast<CallableImpl*>(value.box())));
        code = closure->code();
      } else if (value.kind() == Value::Kind::Closure) {
        retain(value.box());
        code = value.as_pointer();
      } else if (is_address_kind(value.kind())) {
        code = value.as_pointer();
      } else {
        fail();
      }
      std::memcpy(result, &code, sizeof code);
      return;
    }
    case TypeKind::Struct: {
      std::string problem = store_struct(type, value, static_cast<unsigned char*>(result));
      if (value.kind() != Value::Kind::Struct || !problem.empty()) fail(problem);
      return;
    }
    default: {
      Slot slot{};
      if (!store_value_fast(type.kind, value, slot) && !store_scalar(type.kind, value, slot))
        fail();
      // Integers narrower than a register are returned widened to a full ffi_arg.
      size_t size = is_integer_kind(type.kind) ? sizeof(uint64_t) : scalar_size(type.kind);
      std::memcpy(result, slot.bytes, size);
      return;
    }
  }
}

}  // namespace islet::nfi::detail
