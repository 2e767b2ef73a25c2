// Java <-> nfi conversions and the two adapters that let NFI data hold Java objects: Java
// arrays lent to a call (JavaArraySource) and Java callbacks (JavaCallable).
#include "polyglot/marshal.hpp"

#include <string>

#include "interp/interpreter.hpp"
#include "invocation/foreign_threads.hpp"
#include "runtime/allocation.hpp"
#include "runtime/isolate.hpp"
#include "runtime/strings.hpp"
#include "runtime/threads.hpp"
#include "runtime/vm_thread.hpp"

namespace islet::polyglot {

using nfi::TypeKind;
using runtime::ArrayObject;
using runtime::BasicType;
using runtime::Slot;

namespace {

// A Java primitive array passed to a [T] (or POINTER) argument. The collector never moves
// objects and the JavaRef keeps the array alive, so native code gets the elements themselves
// and its writes land in the Java array with no copy. Length and address are read here, while
// the thread is in the VM: the call itself runs outside it (polyglot_natives.cpp).
class JavaArraySource final : public nfi::detail::ArraySource {
 public:
  JavaArraySource(std::shared_ptr<JavaRef> array, TypeKind kind)
      : array_(std::move(array)),
        kind_(kind),
        length_(static_cast<size_t>(runtime::as_array(array_->object())->length)),
        elements_(runtime::as_array(array_->object())->data<char>()) {}
  TypeKind element_kind() const override { return kind_; }
  size_t length() const override { return length_; }
  void* begin_call() override { return elements_; }
  Object* array() const { return array_->object(); }

 private:
  std::shared_ptr<JavaRef> array_;
  TypeKind kind_;
  size_t length_;
  void* elements_;
};

// A Java ProxyExecutable as an NFI callable. Native code may call it on any thread: the thread
// that made the downcall (waiting in native code, outside the VM), another Java or attached
// thread, or a thread the VM has never seen, which is attached automatically for the call and
// stays attached, idle, until its OS thread exits (invocation/foreign_threads.hpp). A call the
// VM refuses (its isolate has ended) is an NFI error: the native caller sees a zero result.
class JavaCallable final : public nfi::detail::CallableImpl {
 public:
  JavaCallable(std::shared_ptr<JavaRef> target, std::shared_ptr<JavaRef> context)
      : target_(std::move(target)), context_(std::move(context)) {}

  nfi::Value invoke(std::span<const nfi::Value> arguments) const override {
    PolyglotIsolate& state = target_->owner();
    invocation::ForeignCall call(state.gate());  // in the VM until the result is converted
    VMThread* thread = call.thread();
    if (thread == nullptr) throw nfi::Error(nfi::Error::Kind::Usage, call.refusal());
    Marshaller marshaller{thread, state, context_->object()};
    ArrayObject* values = runtime::new_object_array(thread, state.classes().object_class,
                                                    static_cast<int32_t>(arguments.size()));
    if (values == nullptr) throw_pending(thread, state);
    for (size_t i = 0; i < arguments.size(); ++i) {
      Object* value = marshaller.to_java(arguments[i]);
      if (thread->has_pending_exception()) throw_pending(thread, state);
      values->at<Object*>(static_cast<int32_t>(i)) = value;
    }
    Slot result = interp::call_method(
        thread, state.classes().callback,
        {Slot::of_ref(context_->object()), Slot::of_ref(target_->object()), Slot::of_ref(values)});
    if (thread->has_pending_exception()) throw_pending(thread, state);
    return marshaller.to_nfi(result.l);
  }

  std::string describe() const override { return "Java callback"; }
  Object* target() const { return target_->object(); }

 private:
  std::shared_ptr<JavaRef> target_;
  std::shared_ptr<JavaRef> context_;
};

TypeKind array_element_kind(BasicType type) {
  switch (type) {
    case BasicType::Byte:
      return TypeKind::SInt8;
    case BasicType::Short:
      return TypeKind::SInt16;
    case BasicType::Char:
      return TypeKind::UInt16;
    case BasicType::Int:
      return TypeKind::SInt32;
    case BasicType::Long:
      return TypeKind::SInt64;
    case BasicType::Float:
      return TypeKind::Float;
    case BasicType::Double:
      return TypeKind::Double;
    default:
      return TypeKind::Void;  // boolean[]: no NFI element type
  }
}

Object* new_box(VMThread* thread, Class* klass, uint32_t offset, const void* value, size_t size) {
  Object* box = runtime::new_instance(thread, klass);
  if (box != nullptr) std::memcpy(reinterpret_cast<char*>(box) + offset, value, size);
  return box;
}

}  // namespace

void throw_pending(VMThread* thread, PolyglotIsolate& state) {
  Object* exception = thread->take_pending_exception();
  throw JavaThrow(state.reference(exception));
}

void report_callback_failure(const std::shared_ptr<runtime::IsolateGate>& gate, std::exception_ptr error) {
  try {
    std::rethrow_exception(error);
  } catch (const JavaThrow& thrown) {
    invocation::ForeignCall call(gate);  // the JavaRef keeps the throwable alive meanwhile
    if (call.thread() == nullptr) throw;
    runtime::dispatch_uncaught_exception(call.thread(), thrown.throwable());
  }
}

nfi::Value Marshaller::to_nfi(Object* object) const {
  if (object == nullptr) return nfi::Value();
  const BridgeClasses& c = state.classes();
  Class* klass = object->klass;
  if (klass == c.integer_class) return nfi::Value(int64_t{object->field_at<int32_t>(c.integer_value)});
  if (klass == c.long_class) return nfi::Value(object->field_at<int64_t>(c.long_value));
  if (klass == c.double_class) return nfi::Value(object->field_at<double>(c.double_value));
  if (klass == c.float_class) return nfi::Value(object->field_at<float>(c.float_value));
  if (klass == c.short_class) return nfi::Value(int64_t{object->field_at<int16_t>(c.short_value)});
  if (klass == c.byte_class) return nfi::Value(int64_t{object->field_at<int8_t>(c.byte_value)});
  if (klass == c.string_class) return nfi::Value(runtime::string_to_utf8(thread, object));
  if (klass == c.character_class) {
    std::u16string one(1, static_cast<char16_t>(object->field_at<uint16_t>(c.character_value)));
    Object* text = runtime::new_string(thread, one);
    if (text == nullptr) throw_pending(thread, state);
    return nfi::Value(runtime::string_to_utf8(thread, text));
  }
  if (klass == c.native_object_class) {
    int64_t bits = object->field_at<int64_t>(c.native_object_bits);
    switch (object->field_at<int32_t>(c.native_object_kind)) {
      case kPointer:
        return nfi::Value::pointer(reinterpret_cast<void*>(bits));
      case kNativeString:
        return nfi::Value::native_string(reinterpret_cast<const char*>(bits));
      case kUnsigned:
        return nfi::Value(static_cast<uint64_t>(bits));
      default:
        if (bits == 0) throw nfi::Error(nfi::Error::Kind::Usage, "the value was already freed");
        return handle_value(bits);
    }
  }
  if (klass->is_array()) {
    if (klass->element_type == BasicType::Object || klass->element_type == BasicType::Array) {
      // Object[]: the fields of a STRUCT(...) argument.
      ArrayObject* array = runtime::as_array(object);
      std::vector<nfi::Value> fields;
      fields.reserve(static_cast<size_t>(array->length));
      for (int32_t i = 0; i < array->length; ++i) fields.push_back(to_nfi(array->at<Object*>(i)));
      return nfi::Value::structure(std::move(fields));
    }
    TypeKind kind = array_element_kind(klass->element_type);
    if (kind != TypeKind::Void)
      return nfi::Value::array(std::make_shared<JavaArraySource>(state.reference(object), kind));
  }
  if (klass->implements(c.proxy_executable)) {
    return nfi::Value::from_callable(nfi::detail::Ref<nfi::detail::CallableImpl>::adopt(
        new JavaCallable(state.reference(object), state.reference(context))));
  }
  return nfi::Value::host(state.reference(object));
}

Object* Marshaller::new_native_object(int kind, int64_t bits) const {
  const BridgeClasses& c = state.classes();
  Object* object = runtime::new_instance(thread, c.native_object_class);
  if (object == nullptr) return nullptr;
  object->field_at<int32_t>(c.native_object_kind) = kind;
  object->field_at<int64_t>(c.native_object_bits) = bits;
  object->field_at<int32_t>(c.native_object_flags) = -1;
  return object;
}

Object* Marshaller::to_java(const nfi::Value& value) const {
  const BridgeClasses& c = state.classes();
  using Kind = nfi::Value::Kind;
  switch (value.kind()) {
    case Kind::Null:
      return nullptr;
    case Kind::Int: {
      int64_t number = value.as<int64_t>();
      return new_box(thread, c.long_class, c.long_value, &number, sizeof number);
    }
    case Kind::UInt:
      return new_native_object(kUnsigned, static_cast<int64_t>(value.as<uint64_t>()));
    case Kind::Float: {
      float number = value.as<float>();
      return new_box(thread, c.float_class, c.float_value, &number, sizeof number);
    }
    case Kind::Double:
    case Kind::LongDouble: {
      double number = static_cast<double>(value.as_long_double());
      return new_box(thread, c.double_class, c.double_value, &number, sizeof number);
    }
    case Kind::Pointer:
      return new_native_object(kPointer, reinterpret_cast<int64_t>(value.as_pointer()));
    case Kind::NativeString:
      return new_native_object(kNativeString, reinterpret_cast<int64_t>(value.as_pointer()));
    case Kind::String:
      return runtime::new_string_from_utf8(thread, value.as_string());
    case Kind::Host:
      try {
        return value.as_host<JavaRef>()->object();
      } catch (const nfi::Error&) {
        break;  // a C++ host object: only a handle can carry it
      }
    case Kind::Array:
      if (auto source = std::dynamic_pointer_cast<JavaArraySource>(value.array_source()))
        return source->array();
      break;
    case Kind::Callable:
      if (auto* callable = dynamic_cast<const JavaCallable*>(value.box())) return callable->target();
      break;
    default:
      break;
  }
  Object* object = new_native_object(kHandle, 0);
  if (object == nullptr) return nullptr;
  object->field_at<int64_t>(c.native_object_bits) = reinterpret_cast<int64_t>(new nfi::Value(value));
  return object;
}

}  // namespace islet::polyglot
