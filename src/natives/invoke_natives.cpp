// Natives of java.lang.invoke: the signature-polymorphic MethodHandle.invokeExact and invoke and
// VarHandle's access methods. The resolver gives each call site's descriptor its own native Method
// bound to a function here (resolver.cpp, signature_polymorphic_method); it boxes the arguments per
// that descriptor, lets Java (MethodHandle.invokeFromSite, VarHandle.accessFromSite) check or adapt
// the type and run the handle, and unboxes the result for the call site.
#include "classfile/descriptor.hpp"
#include "classfile/modified_utf8.hpp"
#include "interp/boxing.hpp"
#include "interp/frame.hpp"
#include "interp/interpreter.hpp"
#include "natives/native_registry.hpp"
#include "natives/support.hpp"
#include "runtime/allocation.hpp"

namespace islet::natives {

using runtime::BasicType;

namespace {

ArrayObject* box_arguments(VMThread* thread, const classfile::MethodDescriptor& descriptor, Slot* args) {
  ArrayObject* boxed = runtime::new_object_array(thread, thread->isolate()->well_known(WellKnown::Object),
                                                 static_cast<int32_t>(descriptor.params.size()));
  if (boxed == nullptr) return nullptr;
  int slot = 0;
  for (size_t i = 0; i < descriptor.params.size(); ++i) {
    const classfile::FieldType& type = descriptor.params[i];
    Object* value = type.is_reference() ? args[slot].l : interp::box_value(thread, type.type, args[slot]);
    if (thread->has_pending_exception()) return nullptr;
    boxed->at<Object*>(static_cast<int32_t>(i)) = value;
    slot += classfile::slot_size(type.type);
  }
  return boxed;
}

// The call site's result from the boxed value Java returned (already of the site's return type).
Slot unbox_result(VMThread* thread, BasicType type, Object* value) {
  if (type == BasicType::Void) return Slot::zero();
  if (type == BasicType::Object || type == BasicType::Array) return Slot::of_ref(value);
  BasicType boxed_type;
  Slot primitive;
  if (value == nullptr || !interp::unbox_value(thread, value, &boxed_type, &primitive) ||
      !interp::is_primitive_widening(boxed_type, type)) {
    runtime::throw_new(thread, WellKnown::InternalError, "method handle returned a wrong value");
    return Slot::zero();
  }
  return interp::widen_primitive(boxed_type, type, primitive);
}

Slot signature_polymorphic_entry(VMThread* thread, Slot* args) {
  interp::Frame* frame = thread->top_frame();
  Method* site = frame->method;
  Class* handle_class = site->holder;
  Class* caller = frame->caller ? frame->caller->method->holder : handle_class;
  auto descriptor = classfile::parse_method_descriptor(site->descriptor);
  ArrayObject* boxed = box_arguments(thread, *descriptor, args + 1);
  if (boxed == nullptr) return Slot::zero();
  Object* site_descriptor =
      thread->isolate()->strings().intern(thread, classfile::decode_modified_utf8(site->descriptor));
  if (site_descriptor == nullptr) return Slot::zero();
  Method* invoke_from_site = handle_class->find_declared_method(
      "invokeFromSite",
      "(Ljava/lang/invoke/MethodHandle;Ljava/lang/String;Ljava/lang/Class;Z[Ljava/lang/Object;)Ljava/lang/Object;");
  bool exact = site->name == "invokeExact";
  Slot result = interp::call_method(thread, invoke_from_site,
                                    {args[0], Slot::of_ref(site_descriptor), Slot::of_ref(caller->mirror),
                                     Slot::of_int(exact ? 1 : 0), Slot::of_ref(boxed)});
  if (thread->has_pending_exception()) return Slot::zero();
  return unbox_result(thread, descriptor->ret.type, result.l);
}

// VarHandle.get(...), compareAndSet(...), ...: the access mode is the site's method name.
Slot var_handle_entry(VMThread* thread, Slot* args) {
  interp::Frame* frame = thread->top_frame();
  Method* site = frame->method;
  Class* handle_class = site->holder;
  Class* caller = frame->caller ? frame->caller->method->holder : handle_class;
  auto descriptor = classfile::parse_method_descriptor(site->descriptor);
  ArrayObject* boxed = box_arguments(thread, *descriptor, args + 1);
  if (boxed == nullptr) return Slot::zero();
  Isolate* isolate = thread->isolate();
  Object* site_descriptor = isolate->strings().intern(thread, classfile::decode_modified_utf8(site->descriptor));
  if (site_descriptor == nullptr) return Slot::zero();
  Object* mode = isolate->strings().intern(thread, classfile::decode_modified_utf8(site->name));
  if (mode == nullptr) return Slot::zero();
  Method* access_from_site = handle_class->find_declared_method(
      "accessFromSite",
      "(Ljava/lang/invoke/VarHandle;Ljava/lang/String;Ljava/lang/String;Ljava/lang/Class;[Ljava/lang/Object;)"
      "Ljava/lang/Object;");
  Slot result = interp::call_method(thread, access_from_site,
                                    {args[0], Slot::of_ref(mode), Slot::of_ref(site_descriptor),
                                     Slot::of_ref(caller->mirror), Slot::of_ref(boxed)});
  if (thread->has_pending_exception()) return Slot::zero();
  return unbox_result(thread, descriptor->ret.type, result.l);
}

constexpr const char* kGenericDescriptor = "([Ljava/lang/Object;)Ljava/lang/Object;";
constexpr const char* kVoidDescriptor = "([Ljava/lang/Object;)V";
constexpr const char* kBooleanDescriptor = "([Ljava/lang/Object;)Z";

#define VAR_HANDLE(name, descriptor) {"java/lang/invoke/VarHandle", name, descriptor, &var_handle_entry}

constexpr NativeEntry kEntries[] = {
    {"java/lang/invoke/MethodHandle", "invokeExact", kGenericDescriptor, &signature_polymorphic_entry},
    {"java/lang/invoke/MethodHandle", "invoke", kGenericDescriptor, &signature_polymorphic_entry},
    VAR_HANDLE("get", kGenericDescriptor),
    VAR_HANDLE("set", kVoidDescriptor),
    VAR_HANDLE("getVolatile", kGenericDescriptor),
    VAR_HANDLE("setVolatile", kVoidDescriptor),
    VAR_HANDLE("getOpaque", kGenericDescriptor),
    VAR_HANDLE("setOpaque", kVoidDescriptor),
    VAR_HANDLE("getAcquire", kGenericDescriptor),
    VAR_HANDLE("setRelease", kVoidDescriptor),
    VAR_HANDLE("compareAndSet", kBooleanDescriptor),
    VAR_HANDLE("compareAndExchange", kGenericDescriptor),
    VAR_HANDLE("compareAndExchangeAcquire", kGenericDescriptor),
    VAR_HANDLE("compareAndExchangeRelease", kGenericDescriptor),
    VAR_HANDLE("weakCompareAndSetPlain", kBooleanDescriptor),
    VAR_HANDLE("weakCompareAndSet", kBooleanDescriptor),
    VAR_HANDLE("weakCompareAndSetAcquire", kBooleanDescriptor),
    VAR_HANDLE("weakCompareAndSetRelease", kBooleanDescriptor),
    VAR_HANDLE("getAndSet", kGenericDescriptor),
    VAR_HANDLE("getAndSetAcquire", kGenericDescriptor),
    VAR_HANDLE("getAndSetRelease", kGenericDescriptor),
    VAR_HANDLE("getAndAdd", kGenericDescriptor),
    VAR_HANDLE("getAndAddAcquire", kGenericDescriptor),
    VAR_HANDLE("getAndAddRelease", kGenericDescriptor),
    VAR_HANDLE("getAndBitwiseOr", kGenericDescriptor),
    VAR_HANDLE("getAndBitwiseOrAcquire", kGenericDescriptor),
    VAR_HANDLE("getAndBitwiseOrRelease", kGenericDescriptor),
    VAR_HANDLE("getAndBitwiseAnd", kGenericDescriptor),
    VAR_HANDLE("getAndBitwiseAndAcquire", kGenericDescriptor),
    VAR_HANDLE("getAndBitwiseAndRelease", kGenericDescriptor),
    VAR_HANDLE("getAndBitwiseXor", kGenericDescriptor),
    VAR_HANDLE("getAndBitwiseXorAcquire", kGenericDescriptor),
    VAR_HANDLE("getAndBitwiseXorRelease", kGenericDescriptor),
};

#undef VAR_HANDLE

}  // namespace

std::pair<const NativeEntry*, size_t> invoke_natives() { return {kEntries, std::size(kEntries)}; }

}  // namespace islet::natives
