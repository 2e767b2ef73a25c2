// Value: construction, the polyglot-style queries (is_*, fits_in, as), execution and members.
#include <cinttypes>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "nfi/boxes.hpp"
#include "nfi/closure.hpp"
#include "nfi/context.hpp"
#include "nfi/function.hpp"
#include "nfi/library.hpp"

namespace islet::nfi {

using detail::Ref;

namespace {

// True when |magnitude| needs at most `digits` significant bits (a float or double mantissa).
bool integer_fits_mantissa(uint64_t magnitude, int digits) {
  if (magnitude == 0) return true;
  int width = 64 - __builtin_clzll(magnitude) - __builtin_ctzll(magnitude);
  return width <= digits;
}

std::string quoted(std::string_view text) {
  std::string result = "\"";
  for (char c : text.substr(0, 60)) result += c == '"' ? std::string("\\\"") : std::string(1, c);
  if (text.size() > 60) result += "...";
  return result + "\"";
}

std::string address_text(const void* address) {
  char text[32];
  std::snprintf(text, sizeof text, "%p", address);
  return text;
}

}  // namespace

Value Value::from_box(Kind kind, detail::Box* adopted) {
  Value value;
  value.kind_ = kind;
  value.payload_.box = adopted;
  return value;
}

Value Value::from_callable(Ref<detail::CallableImpl> callable) {
  detail::Box* box = callable.get();
  detail::retain(box);
  return from_box(Kind::Callable, box);
}

Value::Value(long double number)
    : kind_(Kind::LongDouble), payload_{.box = new detail::LongDoubleBox(number)} {}

Value::Value(const char* text) : Value() {
  if (text != nullptr) *this = Value(std::string_view(text));
}

Value::Value(std::string_view text) : Value(std::string(text)) {}

Value::Value(std::string&& text)
    : kind_(Kind::String), payload_{.box = new detail::StringBox(std::move(text))} {}

Value::Value(const Library& library) : Value() {
  detail::retain(library.impl());
  *this = from_box(Kind::Library, library.impl());
}
Value::Value(const Signature& signature) : Value() {
  detail::retain(signature.impl());
  *this = from_box(Kind::Signature, signature.impl());
}
Value::Value(const Function& function) : Value() {
  detail::retain(function.impl());
  *this = from_box(Kind::Function, function.impl());
}
Value::Value(const Closure& closure) : Value() {
  detail::retain(closure.impl());
  *this = from_box(Kind::Closure, closure.impl());
}

Value Value::native_string(const char* address) noexcept {
  Value value;
  value.kind_ = Kind::NativeString;
  value.payload_.pointer = const_cast<char*>(address);
  return value;
}

Value Value::array(std::shared_ptr<detail::ArraySource> source) {
  if (!source) return Value();
  return from_box(Kind::Array, new detail::ArrayBox(std::move(source)));
}

Value Value::structure(std::vector<Value> fields) {
  auto* box = new detail::StructBox();
  box->fields = std::move(fields);
  return from_box(Kind::Struct, box);
}

Value Value::raw_structure(const void* bytes, size_t size, size_t) {
  auto* box = new detail::StructBox();
  const auto* first = static_cast<const unsigned char*>(bytes);
  box->bytes.assign(first, first + size);
  return from_box(Kind::Struct, box);
}

Value Value::host_object(std::shared_ptr<void> object, const std::type_info& type) {
  if (!object) return Value();
  return from_box(Kind::Host, new detail::HostBox(std::move(object), type));
}

Value Value::function(std::function<Value(std::span<const Value>)> body) {
  return from_callable(detail::make_callable(std::move(body)));
}

// --- queries ---

bool Value::is_null() const {
  return kind_ == Kind::Null ||
         ((kind_ == Kind::Pointer || kind_ == Kind::NativeString) && payload_.pointer == nullptr);
}

bool Value::is_string() const {
  return kind_ == Kind::String || (kind_ == Kind::NativeString && payload_.pointer != nullptr);
}

bool Value::is_pointer() const {
  switch (kind_) {
    case Kind::Pointer:
    case Kind::NativeString:
    case Kind::Symbol:
    case Kind::Function:
    case Kind::Closure:
      return true;
    default:
      return false;
  }
}

bool Value::can_execute() const {
  return kind_ == Kind::Function || kind_ == Kind::Callable || kind_ == Kind::Closure;
}

bool Value::fits_integer(int64_t min, uint64_t max) const {
  switch (kind_) {
    case Kind::Int:
      return payload_.i64 >= min &&
             (payload_.i64 < 0 || static_cast<uint64_t>(payload_.i64) <= max);
    case Kind::UInt:
      return payload_.u64 <= max;
    case Kind::Float:
    case Kind::Double:
    case Kind::LongDouble: {
      long double value = as_long_double();
      return std::isfinite(value) && std::trunc(value) == value &&
             value >= static_cast<long double>(min) && value <= static_cast<long double>(max);
    }
    default:
      return false;
  }
}

bool Value::fits_floating(int digits) const {
  switch (kind_) {
    case Kind::Int: {
      uint64_t magnitude =
          payload_.i64 < 0 ? 0 - static_cast<uint64_t>(payload_.i64) : payload_.i64;
      return integer_fits_mantissa(magnitude, digits);
    }
    case Kind::UInt:
      return integer_fits_mantissa(payload_.u64, digits);
    case Kind::Float:
      return true;
    case Kind::Double:
      return digits >= std::numeric_limits<double>::digits || std::isnan(payload_.f64) ||
             static_cast<double>(static_cast<float>(payload_.f64)) == payload_.f64;
    case Kind::LongDouble: {
      long double value = as_long_double();
      if (digits >= std::numeric_limits<long double>::digits || std::isnan(value)) return true;
      if (digits >= std::numeric_limits<double>::digits)
        return static_cast<long double>(static_cast<double>(value)) == value;
      return static_cast<long double>(static_cast<float>(value)) == value;
    }
    default:
      return false;
  }
}

long double Value::as_long_double() const {
  switch (kind_) {
    case Kind::Int:
      return payload_.i64;
    case Kind::UInt:
      return payload_.u64;
    case Kind::Float:
      return payload_.f32;
    case Kind::Double:
      return payload_.f64;
    case Kind::LongDouble:
      return static_cast<const detail::LongDoubleBox*>(payload_.box)->value;
    default:
      throw_conversion("a number");
  }
}

std::string Value::as_string() const {
  if (kind_ == Kind::String) return static_cast<const detail::StringBox*>(payload_.box)->text;
  if (kind_ == Kind::NativeString && payload_.pointer != nullptr)
    return static_cast<const char*>(payload_.pointer);
  throw_conversion("a string");
}

void* Value::as_pointer() const {
  switch (kind_) {
    case Kind::Null:
      return nullptr;
    case Kind::Pointer:
    case Kind::NativeString:
      return payload_.pointer;
    case Kind::Int:
    case Kind::UInt:
      return reinterpret_cast<void*>(payload_.u64);  // a numeric address
    case Kind::Symbol:
      return static_cast<const detail::SymbolBox*>(payload_.box)->address;
    case Kind::Function:
      return static_cast<const detail::FunctionImpl*>(payload_.box)->core().code;
    case Kind::Closure:
      return static_cast<const detail::ClosureImpl*>(payload_.box)->code();
    default:
      throw_conversion("a pointer");
  }
}

std::span<const Value> Value::fields() const {
  if (kind_ != Kind::Struct) throw_conversion("a struct");
  return static_cast<const detail::StructBox*>(payload_.box)->fields;
}

void Value::copy_struct_bytes(void* destination, size_t size) const {
  if (kind_ != Kind::Struct) throw_conversion("a struct");
  const auto& bytes = static_cast<const detail::StructBox*>(payload_.box)->bytes;
  if (bytes.size() != size)
    throw Error(Error::Kind::ReturnType, "struct of " + std::to_string(bytes.size()) +
                                             " bytes does not convert to a C++ type of " +
                                             std::to_string(size) + " bytes");
  std::memcpy(destination, bytes.data(), size);
}

std::shared_ptr<void> Value::host_pointer(const std::type_info& type) const {
  if (kind_ != Kind::Host) throw_conversion(type.name());
  const auto& box = *static_cast<const detail::HostBox*>(payload_.box);
  if (*box.type != type) throw_conversion(type.name());
  return box.object;
}

std::shared_ptr<detail::ArraySource> Value::array_source() const {
  if (kind_ != Kind::Array) throw_conversion("an array");
  return static_cast<const detail::ArrayBox*>(payload_.box)->source;
}

Library Value::as_library() const {
  if (kind_ != Kind::Library) throw_conversion("a library");
  return Library(Ref<detail::LibraryImpl>::share(static_cast<detail::LibraryImpl*>(payload_.box)));
}

Signature Value::as_signature() const {
  if (kind_ != Kind::Signature) throw_conversion("a signature");
  return Signature(
      Ref<detail::SignatureImpl>::share(static_cast<detail::SignatureImpl*>(payload_.box)));
}

Function Value::as_function() const {
  if (kind_ != Kind::Function) throw_conversion("a native function");
  return Function(
      Ref<detail::FunctionImpl>::share(static_cast<detail::FunctionImpl*>(payload_.box)));
}

void Value::throw_conversion(const char* wanted) const {
  throw Error(Error::Kind::ReturnType, "cannot convert " + to_string() + " to " + wanted);
}

// --- execution and members ---

Value Value::execute(std::span<const Value> arguments) const {
  switch (kind_) {
    case Kind::Function:
      return static_cast<const detail::FunctionImpl*>(payload_.box)->execute(arguments);
    case Kind::Callable:
      return static_cast<const detail::CallableImpl*>(payload_.box)->invoke(arguments);
    case Kind::Closure:
      return static_cast<const detail::ClosureImpl*>(payload_.box)->callable()->invoke(arguments);
    case Kind::Symbol:
      throw Error(Error::Kind::Usage,
                  "symbol '" + static_cast<const detail::SymbolBox*>(payload_.box)->name +
                      "' must be bound to a signature before it can be executed");
    default:
      throw Error(Error::Kind::Usage, "cannot execute " + to_string());
  }
}

bool Value::has_member(std::string_view name) const {
  if (kind_ == Kind::Signature) return name == "bind" || name == "createClosure";
  if (kind_ != Kind::Library) return false;
  const auto& library = *static_cast<const detail::LibraryImpl*>(payload_.box);
  return library.binding(name) != nullptr || library.try_lookup(name) != nullptr;
}

Value Value::get_member(std::string_view name) const {
  if (kind_ == Kind::Library) {
    Library library = as_library();
    if (library.impl()->binding(name) != nullptr) return Value(library.function(name));
    return library.symbol(name);
  }
  if (kind_ == Kind::Signature && has_member(name)) {
    Value self = *this;
    std::string member(name);
    return Value::function([self, member](std::span<const Value> arguments) {
      return self.invoke_member(member, arguments);
    });
  }
  throw Error(Error::Kind::Usage, to_string() + " has no member '" + std::string(name) + "'");
}

std::vector<std::string> Value::member_keys() const {
  if (kind_ == Kind::Library) return as_library().function_names();
  if (kind_ == Kind::Signature) return {"bind", "createClosure"};
  return {};
}

Value Value::invoke_member(std::string_view name, std::span<const Value> arguments) const {
  if (kind_ == Kind::Signature && (name == "bind" || name == "createClosure")) {
    if (arguments.size() != 1)
      throw Error(Error::Kind::Arity, std::string(name) + " expects 1 argument, got " +
                                          std::to_string(arguments.size()));
    Signature signature = as_signature();
    if (name == "bind") return Value(signature.bind(arguments[0]));
    return Value(signature.create_closure(arguments[0]));
  }
  return get_member(name).execute(arguments);
}

bool same_object(const Value& a, const Value& b) {
  if (a.kind_ != b.kind_) return false;
  if (a.boxed()) {
    if (a.kind_ == Value::Kind::Host)
      return static_cast<const detail::HostBox*>(a.payload_.box)->object ==
             static_cast<const detail::HostBox*>(b.payload_.box)->object;
    return a.payload_.box == b.payload_.box;
  }
  if (a.kind_ == Value::Kind::Float) return a.payload_.f32 == b.payload_.f32;
  if (a.kind_ == Value::Kind::Double) return a.payload_.f64 == b.payload_.f64;
  return a.payload_.u64 == b.payload_.u64;
}

std::string Value::to_string() const {
  char text[64];
  switch (kind_) {
    case Kind::Null:
      return "null";
    case Kind::Int:
      std::snprintf(text, sizeof text, "%" PRId64, payload_.i64);
      return text;
    case Kind::UInt:
      std::snprintf(text, sizeof text, "%" PRIu64, payload_.u64);
      return text;
    case Kind::Float:
      std::snprintf(text, sizeof text, "%.9gf", payload_.f32);
      return text;
    case Kind::Double:
      std::snprintf(text, sizeof text, "%.17g", payload_.f64);
      return text;
    case Kind::LongDouble:
      std::snprintf(text, sizeof text, "%.21LgL", as_long_double());
      return text;
    case Kind::Pointer:
      return "native pointer " + address_text(payload_.pointer);
    case Kind::String:
      return "string " + quoted(static_cast<const detail::StringBox*>(payload_.box)->text);
    case Kind::NativeString:
      return payload_.pointer == nullptr
                 ? "native string (null)"
                 : "native string " + quoted(static_cast<const char*>(payload_.pointer));
    case Kind::Host:
      return "host object";
    case Kind::Array: {
      auto source = array_source();
      return "array of " + std::to_string(source->length()) + " " +
             std::string(type_kind_name(source->element_kind()));
    }
    case Kind::Struct:
      return "struct";
    case Kind::Symbol:
      return "symbol '" + static_cast<const detail::SymbolBox*>(payload_.box)->name + "'";
    case Kind::Function: {
      const auto& function = *static_cast<const detail::FunctionImpl*>(payload_.box);
      return "native function " + function.name() + function.signature().to_string();
    }
    case Kind::Callable:
      return static_cast<const detail::CallableImpl*>(payload_.box)->describe();
    case Kind::Closure:
      return "closure " +
             static_cast<const detail::ClosureImpl*>(payload_.box)->signature().to_string();
    case Kind::Library:
      return "library '" + static_cast<const detail::LibraryImpl*>(payload_.box)->name() + "'";
    case Kind::Signature:
      return "signature " + static_cast<const detail::SignatureImpl*>(payload_.box)->to_string();
  }
  return "?";
}

}  // namespace islet::nfi

namespace islet::nfi {

// The handle classes' accessors live here, where every Impl type is complete.
detail::SignatureImpl* Signature::impl() const { return impl_.get(); }
detail::FunctionImpl* Function::impl() const { return impl_.get(); }
detail::ClosureImpl* Closure::impl() const { return impl_.get(); }
detail::LibraryImpl* Library::impl() const { return impl_.get(); }
detail::ContextImpl* Context::impl() const { return impl_.get(); }

}  // namespace islet::nfi
