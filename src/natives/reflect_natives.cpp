// Natives of jdk.internal.reflect.Reflection: the VM side of java.lang.reflect. Members are named
// by (declaring class, slot), the slot being the index in the class's declared fields or methods
// (declaration order). Java code builds Field/Method/Constructor objects from per-slot queries and
// does every argument check and conversion; these natives only read metadata, move exact values
// (primitives arrive as their exact wrapper), call, allocate and define proxy classes.
#include <algorithm>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "classfile/descriptor.hpp"
#include "classfile/modified_utf8.hpp"
#include "interp/boxing.hpp"
#include "interp/frame.hpp"
#include "interp/interpreter.hpp"
#include "natives/native_registry.hpp"
#include "natives/support.hpp"
#include "runtime/allocation.hpp"
#include "runtime/class_loader.hpp"
#include "runtime/linker.hpp"
#include "runtime/resolver.hpp"

namespace islet::natives {

using runtime::BasicType;
using runtime::Field;
namespace access = runtime::access;

namespace {

constexpr uint16_t kRecognizedFieldModifiers = 0x50DF;   // public..transient, synthetic, enum
constexpr uint16_t kRecognizedMethodModifiers = 0x1DFF;  // public..strict, bridge, varargs, synthetic

// --- Metadata lookups ------------------------------------------------------------------------

Class* class_arg(VMThread* thread, Object* mirror) {
  return null_check(thread, mirror) ? class_of_mirror(thread, mirror) : nullptr;
}

Field* field_arg(VMThread* thread, Object* mirror, int32_t slot) {
  Class* k = class_arg(thread, mirror);
  if (k == nullptr) return nullptr;
  if (slot < 0 || static_cast<size_t>(slot) >= k->fields.size()) {
    runtime::throw_new(thread, WellKnown::InternalError, "bad field slot " + std::to_string(slot));
    return nullptr;
  }
  return &k->fields[static_cast<size_t>(slot)];
}

Method* method_arg(VMThread* thread, Object* mirror, int32_t slot) {
  Class* k = class_arg(thread, mirror);
  if (k == nullptr) return nullptr;
  if (slot < 0 || static_cast<size_t>(slot) >= k->methods.size()) {
    runtime::throw_new(thread, WellKnown::InternalError, "bad method slot " + std::to_string(slot));
    return nullptr;
  }
  return &k->methods[static_cast<size_t>(slot)];
}

runtime::ClassLoaderData& loader_of(VMThread* thread, const Class* context) {
  return context->loader ? *context->loader : thread->isolate()->boot_loader();
}

// The class a field descriptor (or a return type, "V" included) names, loaded through `context`'s
// loader. Null with NoClassDefFoundError pending when it cannot be loaded.
Class* type_of(VMThread* thread, const Class* context, const classfile::FieldType& type) {
  if (!type.is_reference()) return thread->isolate()->primitive_class(type.type);
  return runtime::load_class(thread, loader_of(thread, context), type.class_name);
}

Object* class_array(VMThread* thread, const std::vector<Class*>& classes) {
  ArrayObject* array = runtime::new_object_array(thread, thread->isolate()->well_known(WellKnown::Class),
                                                 static_cast<int32_t>(classes.size()));
  if (array == nullptr) return nullptr;
  for (size_t i = 0; i < classes.size(); ++i) array->at<Object*>(static_cast<int32_t>(i)) = classes[i]->mirror;
  return array;
}

Object* interned(VMThread* thread, const std::string& modified_utf8) {
  return thread->isolate()->strings().intern(thread, classfile::decode_modified_utf8(modified_utf8));
}

Object* string_or_null(VMThread* thread, const std::string& modified_utf8) {
  if (modified_utf8.empty()) return nullptr;
  return runtime::new_string_from_modified_utf8(thread, modified_utf8);
}

// --- Frames ----------------------------------------------------------------------------------

// Reflection's own frames, skipped when looking for the class that asked for reflective access.
bool is_reflection_frame(const Method* m) {
  const std::string& holder = m->holder->name;
  return holder.starts_with("jdk/internal/reflect/") ||
         (holder == "java/lang/reflect/Method" && m->name == "invoke");
}

Object* get_caller_class(VMThread* thread) {
  // [this native] -> [the library method asking] -> its caller, skipping nested Method.invoke.
  interp::Frame* frame = thread->top_frame();
  if (frame != nullptr) frame = frame->caller;
  if (frame != nullptr) frame = frame->caller;
  while (frame != nullptr && is_reflection_frame(frame->method)) frame = frame->caller;
  return frame ? frame->method->holder->mirror : nullptr;
}

// --- Fields ----------------------------------------------------------------------------------

int32_t field_count(VMThread* thread, Object* mirror) {
  Class* k = class_arg(thread, mirror);
  return k ? static_cast<int32_t>(k->fields.size()) : 0;
}

Object* field_name(VMThread* thread, Object* mirror, int32_t slot) {
  Field* f = field_arg(thread, mirror, slot);
  return f ? interned(thread, f->name) : nullptr;
}

Object* field_type(VMThread* thread, Object* mirror, int32_t slot) {
  Field* f = field_arg(thread, mirror, slot);
  if (f == nullptr) return nullptr;
  Class* type = type_of(thread, f->holder, *classfile::parse_field_descriptor(f->descriptor));
  return type ? type->mirror : nullptr;
}

int32_t field_modifiers(VMThread* thread, Object* mirror, int32_t slot) {
  Field* f = field_arg(thread, mirror, slot);
  return f ? (f->access_flags & kRecognizedFieldModifiers) : 0;
}

Object* field_signature(VMThread* thread, Object* mirror, int32_t slot) {
  Field* f = field_arg(thread, mirror, slot);
  return f && f->info ? string_or_null(thread, f->info->signature) : nullptr;
}

void* static_field_address(Field* f) { return &f->holder->statics[f->offset / sizeof(Slot)]; }

Slot load_field(BasicType type, const void* address) {
  switch (type) {
    case BasicType::Boolean: case BasicType::Byte: return Slot::of_int(*static_cast<const int8_t*>(address));
    case BasicType::Char: return Slot::of_int(*static_cast<const uint16_t*>(address));
    case BasicType::Short: return Slot::of_int(*static_cast<const int16_t*>(address));
    case BasicType::Int: return Slot::of_int(*static_cast<const int32_t*>(address));
    case BasicType::Float: return Slot::of_float(*static_cast<const float*>(address));
    case BasicType::Long: return Slot::of_long(*static_cast<const int64_t*>(address));
    case BasicType::Double: return Slot::of_double(*static_cast<const double*>(address));
    default: return Slot::of_ref(*static_cast<Object* const*>(address));
  }
}

void store_field(BasicType type, void* address, Slot v) {
  switch (type) {
    case BasicType::Boolean: *static_cast<int8_t*>(address) = static_cast<int8_t>(v.i & 1); break;
    case BasicType::Byte: *static_cast<int8_t*>(address) = static_cast<int8_t>(v.i); break;
    case BasicType::Char: *static_cast<uint16_t*>(address) = static_cast<uint16_t>(v.i); break;
    case BasicType::Short: *static_cast<int16_t*>(address) = static_cast<int16_t>(v.i); break;
    case BasicType::Int: *static_cast<int32_t*>(address) = v.i; break;
    case BasicType::Float: *static_cast<float*>(address) = v.f; break;
    case BasicType::Long: *static_cast<int64_t*>(address) = v.j; break;
    case BasicType::Double: *static_cast<double*>(address) = v.d; break;
    default: *static_cast<Object**>(address) = v.l; break;
  }
}

// Where the field lives for this receiver; null with an exception pending (NPE, <clinit> failure).
void* field_address(VMThread* thread, Field* f, Object* receiver) {
  if (f->is_static()) {
    if (!runtime::ensure_initialized(thread, f->holder)) return nullptr;
    return static_field_address(f);
  }
  if (!null_check(thread, receiver)) return nullptr;
  return &receiver->field_at<char>(f->offset);
}

Object* get_field_value(VMThread* thread, Object* mirror, int32_t slot, Object* receiver) {
  Field* f = field_arg(thread, mirror, slot);
  if (f == nullptr) return nullptr;
  void* address = field_address(thread, f, receiver);
  if (address == nullptr) return nullptr;
  Slot v = load_field(f->type, address);
  return f->is_reference() ? v.l : interp::box_value(thread, f->type, v);
}

// Unboxes `value` for a parameter or field of type `type`; the library already converted it to
// the exact wrapper, so a mismatch here means a library bug, reported like HotSpot's check.
bool slot_for(VMThread* thread, BasicType type, Object* value, Slot* out) {
  if (type == BasicType::Object || type == BasicType::Array) {
    *out = Slot::of_ref(value);
    return true;
  }
  BasicType boxed_type;
  if (value == nullptr || !interp::unbox_value(thread, value, &boxed_type, out) ||
      !interp::is_primitive_widening(boxed_type, type)) {
    runtime::throw_new(thread, WellKnown::IllegalArgumentException, "argument type mismatch");
    return false;
  }
  *out = interp::widen_primitive(boxed_type, type, *out);
  return true;
}

void set_field_value(VMThread* thread, Object* mirror, int32_t slot, Object* receiver, Object* value) {
  Field* f = field_arg(thread, mirror, slot);
  if (f == nullptr) return;
  Slot v;
  if (!slot_for(thread, f->type, value, &v)) return;
  void* address = field_address(thread, f, receiver);
  if (address != nullptr) store_field(f->type, address, v);
}

// --- Methods and constructors ----------------------------------------------------------------

int32_t method_count(VMThread* thread, Object* mirror) {
  Class* k = class_arg(thread, mirror);
  return k ? static_cast<int32_t>(k->methods.size()) : 0;
}

Object* method_name(VMThread* thread, Object* mirror, int32_t slot) {
  Method* m = method_arg(thread, mirror, slot);
  return m ? interned(thread, m->name) : nullptr;
}

Object* method_descriptor(VMThread* thread, Object* mirror, int32_t slot) {
  Method* m = method_arg(thread, mirror, slot);
  return m ? runtime::new_string_from_modified_utf8(thread, m->descriptor) : nullptr;
}

Object* method_signature(VMThread* thread, Object* mirror, int32_t slot) {
  Method* m = method_arg(thread, mirror, slot);
  return m && m->info ? string_or_null(thread, m->info->signature) : nullptr;
}

int32_t method_modifiers(VMThread* thread, Object* mirror, int32_t slot) {
  Method* m = method_arg(thread, mirror, slot);
  return m ? (m->access_flags & kRecognizedMethodModifiers) : 0;
}

Object* method_parameter_types(VMThread* thread, Object* mirror, int32_t slot) {
  Method* m = method_arg(thread, mirror, slot);
  if (m == nullptr) return nullptr;
  auto descriptor = classfile::parse_method_descriptor(m->descriptor);
  std::vector<Class*> types;
  for (const classfile::FieldType& p : descriptor->params) {
    Class* type = type_of(thread, m->holder, p);
    if (type == nullptr) return nullptr;
    types.push_back(type);
  }
  return class_array(thread, types);
}

Object* method_return_type(VMThread* thread, Object* mirror, int32_t slot) {
  Method* m = method_arg(thread, mirror, slot);
  if (m == nullptr) return nullptr;
  Class* type = type_of(thread, m->holder, classfile::parse_method_descriptor(m->descriptor)->ret);
  return type ? type->mirror : nullptr;
}

Object* method_exception_types(VMThread* thread, Object* mirror, int32_t slot) {
  Method* m = method_arg(thread, mirror, slot);
  if (m == nullptr) return nullptr;
  std::vector<Class*> types;
  if (m->info != nullptr) {
    for (uint16_t index : m->info->exceptions) {
      Class* type = runtime::load_class(thread, loader_of(thread, m->holder), m->holder->class_file().class_name(index));
      if (type == nullptr) return nullptr;
      types.push_back(type);
    }
  }
  return class_array(thread, types);
}

// The interpreter slots for calling `m` with `receiver` (ignored for static methods) and `args`.
bool call_slots(VMThread* thread, Method* m, Object* receiver, Object* args, std::vector<Slot>* out) {
  auto descriptor = classfile::parse_method_descriptor(m->descriptor);
  int32_t count = args ? runtime::as_array(args)->length : 0;
  if (count != static_cast<int32_t>(descriptor->params.size())) {
    runtime::throw_new(thread, WellKnown::IllegalArgumentException, "wrong number of arguments");
    return false;
  }
  if (!m->is_static()) out->push_back(Slot::of_ref(receiver));
  for (int32_t i = 0; i < count; ++i) {
    BasicType type = descriptor->params[static_cast<size_t>(i)].type;
    Slot v;
    if (!slot_for(thread, type, runtime::as_array(args)->at<Object*>(i), &v)) return false;
    out->push_back(v);
    if (classfile::slot_size(type) == 2) out->push_back(Slot::zero());
  }
  return true;
}

Object* boxed_result(VMThread* thread, const Method* m, Slot value) {
  if (thread->has_pending_exception()) return nullptr;
  switch (m->return_type) {
    case BasicType::Void: return nullptr;
    case BasicType::Object: case BasicType::Array: return value.l;
    default: return interp::box_value(thread, m->return_type, value);
  }
}

// Calls the method with exact arguments; `dispatch` selects the receiver's override (invokevirtual
// semantics), otherwise exactly this implementation runs (invokespecial). The callee's exception
// stays pending: Method.invoke wraps it, method handles pass it on.
Object* invoke_method(VMThread* thread, Object* mirror, int32_t slot, Object* receiver, Object* args,
                      bool dispatch) {
  Method* m = method_arg(thread, mirror, slot);
  if (m == nullptr) return nullptr;
  if (!m->is_static() && !null_check(thread, receiver)) return nullptr;
  std::vector<Slot> slots;
  if (!call_slots(thread, m, receiver, args, &slots)) return nullptr;
  Slot value;
  if (m->is_static()) {
    if (!runtime::ensure_initialized(thread, m->holder)) return nullptr;
    value = interp::call_method(thread, m, slots);
  } else if (dispatch && !m->is_private()) {
    value = interp::call_virtual(thread, m, slots);
  } else {
    value = interp::call_method(thread, m, slots);
  }
  return boxed_result(thread, m, value);
}

Object* new_instance(VMThread* thread, Object* mirror, int32_t slot, Object* args) {
  Method* m = method_arg(thread, mirror, slot);
  if (m == nullptr) return nullptr;
  Class* k = m->holder;
  if (!runtime::ensure_initialized(thread, k)) return nullptr;
  std::vector<Slot> slots;
  if (!call_slots(thread, m, nullptr, args, &slots)) return nullptr;
  Object* object = runtime::new_instance(thread, k);
  if (object == nullptr) return nullptr;
  slots[0] = Slot::of_ref(object);
  interp::call_method(thread, m, slots);
  return thread->has_pending_exception() ? nullptr : object;
}

Object* allocate_instance(VMThread* thread, Object* mirror) {
  Class* k = class_arg(thread, mirror);
  if (k == nullptr) return nullptr;
  if (k->is_interface() || k->is_abstract() || k->is_array() || k->is_primitive()) {
    runtime::throw_new(thread, WellKnown::InstantiationError, k->external_name());
    return nullptr;
  }
  if (!runtime::ensure_initialized(thread, k)) return nullptr;
  return runtime::new_instance(thread, k);
}

void ensure_class_initialized(VMThread* thread, Object* mirror) {
  if (Class* k = class_arg(thread, mirror)) runtime::ensure_initialized(thread, k);
}

// --- Access ----------------------------------------------------------------------------------

bool verify_member_access(VMThread* thread, Object* caller, Object* declaring, int32_t modifiers) {
  Class* accessor = class_arg(thread, caller);
  Class* holder = class_arg(thread, declaring);
  if (accessor == nullptr || holder == nullptr) return false;
  if (!runtime::is_accessible_class(accessor, holder)) return false;
  return runtime::is_accessible_member(accessor, holder, static_cast<uint16_t>(modifiers), holder);
}

bool is_boot_class(VMThread* thread, Object* mirror) {
  Class* k = class_arg(thread, mirror);
  while (k != nullptr && k->is_array()) k = k->component;
  return k != nullptr && (k->is_primitive() || k->loader == nullptr || k->loader->is_boot());
}

// --- Class-file attributes -------------------------------------------------------------------

enum AnnotationKind : int32_t { kClassAnnotations, kFieldAnnotations, kMethodAnnotations,
                                kParameterAnnotations, kAnnotationDefault, kRecordComponentAnnotations };

Object* raw_annotations(VMThread* thread, Object* mirror, int32_t kind, int32_t slot) {
  Class* k = class_arg(thread, mirror);
  if (k == nullptr || k->file == nullptr) return nullptr;
  const std::vector<uint8_t>* bytes = nullptr;
  switch (kind) {
    case kClassAnnotations: bytes = &k->class_file().runtime_visible_annotations; break;
    case kFieldAnnotations: {
      Field* f = field_arg(thread, mirror, slot);
      if (f == nullptr || f->info == nullptr) return nullptr;
      bytes = &f->info->runtime_visible_annotations;
      break;
    }
    case kMethodAnnotations: case kParameterAnnotations: case kAnnotationDefault: {
      Method* m = method_arg(thread, mirror, slot);
      if (m == nullptr || m->info == nullptr) return nullptr;
      bytes = kind == kMethodAnnotations ? &m->info->runtime_visible_annotations
              : kind == kParameterAnnotations ? &m->info->runtime_visible_parameter_annotations
                                              : &m->info->annotation_default;
      break;
    }
    default: {
      const auto& record = k->class_file().record;
      if (!record || slot < 0 || static_cast<size_t>(slot) >= record->size()) return nullptr;
      bytes = &(*record)[static_cast<size_t>(slot)].runtime_visible_annotations;
      break;
    }
  }
  return bytes->empty() ? nullptr : java_byte_array(thread, *bytes);
}

// Constant-pool reads for the annotation parser; the index comes from the class's own
// attributes, so only its tag needs checking.
const classfile::Constant* constant_arg(VMThread* thread, Object* mirror, int32_t index,
                                        classfile::ConstantTag tag) {
  Class* k = class_arg(thread, mirror);
  if (k == nullptr) return nullptr;
  if (k->file == nullptr || index <= 0 || static_cast<size_t>(index) >= k->class_file().constants.size() ||
      k->class_file().constants[static_cast<size_t>(index)].tag != tag) {
    runtime::throw_new(thread, WellKnown::IllegalArgumentException, "Wrong type at constant pool index");
    return nullptr;
  }
  return &k->class_file().constants[static_cast<size_t>(index)];
}

Object* cp_utf8(VMThread* thread, Object* mirror, int32_t index) {
  const classfile::Constant* c = constant_arg(thread, mirror, index, classfile::ConstantTag::Utf8);
  return c ? runtime::new_string_from_modified_utf8(thread, c->utf8) : nullptr;
}
int32_t cp_int(VMThread* thread, Object* mirror, int32_t index) {
  const classfile::Constant* c = constant_arg(thread, mirror, index, classfile::ConstantTag::Integer);
  return c ? c->int_value : 0;
}
int64_t cp_long(VMThread* thread, Object* mirror, int32_t index) {
  const classfile::Constant* c = constant_arg(thread, mirror, index, classfile::ConstantTag::Long);
  return c ? c->long_value : 0;
}
float cp_float(VMThread* thread, Object* mirror, int32_t index) {
  const classfile::Constant* c = constant_arg(thread, mirror, index, classfile::ConstantTag::Float);
  float f = 0;
  if (c) std::memcpy(&f, &c->int_value, sizeof f);
  return f;
}
double cp_double(VMThread* thread, Object* mirror, int32_t index) {
  const classfile::Constant* c = constant_arg(thread, mirror, index, classfile::ConstantTag::Double);
  double d = 0;
  if (c) std::memcpy(&d, &c->long_value, sizeof d);
  return d;
}

// A field descriptor ("I", "Ljava/lang/String;", "[J") resolved from `context`'s loader.
Object* type_from_descriptor(VMThread* thread, Object* descriptor, Object* context_mirror) {
  Class* context = class_arg(thread, context_mirror);
  if (context == nullptr || !null_check(thread, descriptor)) return nullptr;
  std::string text = runtime::string_to_utf8(thread, descriptor);
  auto type = text == "V" ? std::optional(classfile::FieldType{BasicType::Void, {}})
                          : classfile::parse_field_descriptor(text);
  if (!type) {
    runtime::throw_new(thread, WellKnown::IllegalArgumentException, "bad descriptor: " + text);
    return nullptr;
  }
  Class* k = type_of(thread, context, *type);
  return k ? k->mirror : nullptr;
}

// { enclosing class, method name or null, method descriptor or null }, or null.
Object* enclosing_method_info(VMThread* thread, Object* mirror) {
  Class* k = class_arg(thread, mirror);
  if (k == nullptr || k->file == nullptr || !k->class_file().enclosing_method) return nullptr;
  const classfile::ClassFile& cf = k->class_file();
  const classfile::EnclosingMethod& em = *cf.enclosing_method;
  Class* outer = runtime::load_class(thread, loader_of(thread, k), cf.class_name(em.class_index));
  if (outer == nullptr) return nullptr;
  ArrayObject* info = runtime::new_object_array(thread, thread->isolate()->well_known(WellKnown::Object), 3);
  if (info == nullptr) return nullptr;
  info->at<Object*>(0) = outer->mirror;
  if (em.method_index != 0) {
    Object* name = interned(thread, cf.nat_name(em.method_index));
    if (name == nullptr) return nullptr;
    info->at<Object*>(1) = name;
    Object* descriptor = runtime::new_string_from_modified_utf8(thread, cf.nat_descriptor(em.method_index));
    if (descriptor == nullptr) return nullptr;
    info->at<Object*>(2) = descriptor;
  }
  return info;
}

// Member classes this class's InnerClasses attribute declares (outer_class == this).
Object* declared_classes(VMThread* thread, Object* mirror) {
  Class* k = class_arg(thread, mirror);
  if (k == nullptr) return nullptr;
  std::vector<Class*> members;
  if (k->file != nullptr) {
    const classfile::ClassFile& cf = k->class_file();
    for (const classfile::InnerClass& ic : cf.inner_classes) {
      if (ic.outer_class == 0 || ic.inner_name == 0 || cf.class_name(ic.outer_class) != k->name) continue;
      Class* member = runtime::load_class(thread, loader_of(thread, k), cf.class_name(ic.inner_class));
      if (member == nullptr) return nullptr;
      members.push_back(member);
    }
  }
  return class_array(thread, members);
}

// PermittedSubclasses, or null when the class is not sealed. Like HotSpot, subclasses that cannot
// be loaded are left out.
Object* permitted_subclasses(VMThread* thread, Object* mirror) {
  Class* k = class_arg(thread, mirror);
  if (k == nullptr || k->file == nullptr || k->class_file().permitted_subclasses.empty()) return nullptr;
  std::vector<Class*> subclasses;
  for (const std::string& name : k->class_file().permitted_subclasses) {
    Class* sub = runtime::load_class(thread, loader_of(thread, k), name);
    if (sub == nullptr) {
      thread->take_pending_exception();
      continue;
    }
    subclasses.push_back(sub);
  }
  return class_array(thread, subclasses);
}

int32_t record_component_count(VMThread* thread, Object* mirror) {
  Class* k = class_arg(thread, mirror);
  if (k == nullptr || k->file == nullptr || !k->class_file().record) return -1;
  return static_cast<int32_t>(k->class_file().record->size());
}

const classfile::RecordComponent* record_component_arg(VMThread* thread, Object* mirror, int32_t index) {
  int32_t count = record_component_count(thread, mirror);
  if (index < 0 || index >= count) {
    if (!thread->has_pending_exception()) runtime::throw_new(thread, WellKnown::InternalError, "bad record component");
    return nullptr;
  }
  return &(*class_of_mirror(thread, mirror)->class_file().record)[static_cast<size_t>(index)];
}

Object* record_component_name(VMThread* thread, Object* mirror, int32_t index) {
  const classfile::RecordComponent* c = record_component_arg(thread, mirror, index);
  return c ? interned(thread, c->name) : nullptr;
}

Object* record_component_descriptor(VMThread* thread, Object* mirror, int32_t index) {
  const classfile::RecordComponent* c = record_component_arg(thread, mirror, index);
  return c ? runtime::new_string_from_modified_utf8(thread, c->descriptor) : nullptr;
}

Object* record_component_signature(VMThread* thread, Object* mirror, int32_t index) {
  const classfile::RecordComponent* c = record_component_arg(thread, mirror, index);
  return c ? string_or_null(thread, c->signature) : nullptr;
}

Object* class_signature(VMThread* thread, Object* mirror) {
  Class* k = class_arg(thread, mirror);
  return k && k->file ? string_or_null(thread, k->class_file().signature) : nullptr;
}

Object* source_file_name(VMThread* thread, Object* mirror) {
  Class* k = class_arg(thread, mirror);
  return k && k->file ? string_or_null(thread, k->class_file().source_file) : nullptr;
}

// --- Proxy classes ---------------------------------------------------------------------------

// The handler's result as the proxy method returns it: HotSpot's generated proxies cast it to the
// return type (or its wrapper, then unbox), so failures read like checkcast's and the helpful NPE.
Slot proxy_result(VMThread* thread, Method* m, const classfile::MethodDescriptor& descriptor, Object* value) {
  Class* target = descriptor.ret.is_reference() ? type_of(thread, m->holder, descriptor.ret)
                                                : interp::box_class_of(thread, m->return_type);
  if (target == nullptr) return Slot::zero();
  if (value == nullptr) {
    if (descriptor.ret.is_reference()) return Slot::zero();
    std::string primitive = classfile::external_type_name(std::string(1, static_cast<char>(m->return_type)));
    runtime::throw_new(thread, WellKnown::NullPointerException,
                       "Cannot invoke \"" + target->external_name() + "." + primitive +
                           "Value()\" because the return value of \"java.lang.reflect.InvocationHandler."
                           "invoke(Object, java.lang.reflect.Method, Object[])\" is null");
    return Slot::zero();
  }
  if (!value->klass->is_subclass_of(target)) {
    runtime::throw_new(thread, WellKnown::ClassCastException, runtime::class_cast_message(value->klass, target));
    return Slot::zero();
  }
  if (descriptor.ret.is_reference()) return Slot::of_ref(value);
  BasicType type;
  Slot primitive;
  interp::unbox_value(thread, value, &type, &primitive);
  return primitive;
}

// Every method of a proxy class is this one native: it boxes the arguments per the method's
// descriptor and calls Proxy.dispatch(proxy, methodIndex, args), which runs the handler and
// returns the result already converted to the exact wrapper of the return type.
Slot proxy_method_entry(VMThread* thread, Slot* args) {
  Method* m = thread->top_frame()->method;
  Class* proxy_class = m->holder;
  Isolate* isolate = thread->isolate();
  auto descriptor = classfile::parse_method_descriptor(m->descriptor);
  ArrayObject* boxed = nullptr;
  if (!descriptor->params.empty()) {
    boxed = runtime::new_object_array(thread, isolate->well_known(WellKnown::Object),
                                      static_cast<int32_t>(descriptor->params.size()));
    if (boxed == nullptr) return Slot::zero();
    int slot = 1;
    for (size_t i = 0; i < descriptor->params.size(); ++i) {
      BasicType type = descriptor->params[i].type;
      Object* value = descriptor->params[i].is_reference() ? args[slot].l : interp::box_value(thread, type, args[slot]);
      if (thread->has_pending_exception()) return Slot::zero();
      boxed->at<Object*>(static_cast<int32_t>(i)) = value;
      slot += classfile::slot_size(type);
    }
  }
  Class* proxy_base = proxy_class->super;
  Method* dispatch = proxy_base->find_declared_method(
      "dispatch", "(Ljava/lang/reflect/Proxy;I[Ljava/lang/Object;)Ljava/lang/Object;");
  int32_t index = static_cast<int32_t>(m - proxy_class->methods.data());
  Slot result = interp::call_method(thread, dispatch, {args[0], Slot::of_int(index), Slot::of_ref(boxed)});
  if (thread->has_pending_exception() || m->return_type == BasicType::Void) return Slot::zero();
  return proxy_result(thread, m, *descriptor, result.l);
}

// Defines a final class `name` extending java.lang.reflect.Proxy and implementing `interfaces`,
// with one public final method per (names[i], descriptors[i]) that forwards to Proxy.dispatch
// with index i.
Object* define_proxy_class(VMThread* thread, Object* name, Object* interfaces, Object* names,
                           Object* descriptors) {
  if (!null_check(thread, name) || !null_check(thread, interfaces) || !null_check(thread, names) ||
      !null_check(thread, descriptors)) {
    return nullptr;
  }
  Isolate* isolate = thread->isolate();
  Class* proxy_base = runtime::load_class(thread, isolate->boot_loader(), "java/lang/reflect/Proxy");
  if (proxy_base == nullptr) return nullptr;
  auto owned = std::make_unique<Class>();
  Class* proxy = owned.get();
  std::string binary = runtime::string_to_utf8(thread, name);
  std::replace(binary.begin(), binary.end(), '.', '/');
  proxy->name = binary;
  proxy->access_flags = access::kPublic | access::kFinal | access::kSuper;
  proxy->super = proxy_base;
  proxy->loader = &isolate->boot_loader();
  ArrayObject* interface_array = runtime::as_array(interfaces);
  for (int32_t i = 0; i < interface_array->length; ++i) {
    Class* interface = class_arg(thread, interface_array->at<Object*>(i));
    if (interface == nullptr) return nullptr;
    if (interface->loader != nullptr && !interface->loader->is_boot()) proxy->loader = interface->loader;
    proxy->interfaces.push_back(interface);
  }
  proxy->instance_size = proxy_base->instance_size;
  proxy->reference_offsets = proxy_base->reference_offsets;
  ArrayObject* name_array = runtime::as_array(names);
  ArrayObject* descriptor_array = runtime::as_array(descriptors);
  proxy->methods = std::vector<Method>(static_cast<size_t>(name_array->length));
  for (int32_t i = 0; i < name_array->length; ++i) {
    Method& m = proxy->methods[static_cast<size_t>(i)];
    m.holder = proxy;
    m.name = runtime::string_to_utf8(thread, name_array->at<Object*>(i));
    m.descriptor = runtime::string_to_utf8(thread, descriptor_array->at<Object*>(i));
    auto d = classfile::parse_method_descriptor(m.descriptor);
    if (!d) {
      runtime::throw_new(thread, WellKnown::IllegalArgumentException, "bad descriptor " + m.descriptor);
      return nullptr;
    }
    m.access_flags = access::kPublic | access::kFinal | access::kNative;
    m.kind = runtime::MethodKind::Native;
    m.return_type = d->ret.type;
    m.arg_slots = static_cast<uint16_t>(d->arg_slots + 1);
    m.max_locals = m.arg_slots;
    m.native.store(&proxy_method_entry, std::memory_order_release);
  }
  runtime::link_synthetic_class(thread, proxy);
  proxy->init_state.store(runtime::InitState::Initialized, std::memory_order_release);
  isolate->adopt_class(std::move(owned));
  if (!runtime::create_mirror(thread, proxy)) return nullptr;
  return proxy->mirror;
}

constexpr const char* kReflection = "jdk/internal/reflect/Reflection";

constexpr NativeEntry kEntries[] = {
    {kReflection, "getCallerClass", "()Ljava/lang/Class;", adapt<&get_caller_class>()},
    {kReflection, "fieldCount", "(Ljava/lang/Class;)I", adapt<&field_count>()},
    {kReflection, "fieldName", "(Ljava/lang/Class;I)Ljava/lang/String;", adapt<&field_name>()},
    {kReflection, "fieldType", "(Ljava/lang/Class;I)Ljava/lang/Class;", adapt<&field_type>()},
    {kReflection, "fieldModifiers", "(Ljava/lang/Class;I)I", adapt<&field_modifiers>()},
    {kReflection, "fieldSignature", "(Ljava/lang/Class;I)Ljava/lang/String;", adapt<&field_signature>()},
    {kReflection, "getFieldValue", "(Ljava/lang/Class;ILjava/lang/Object;)Ljava/lang/Object;", adapt<&get_field_value>()},
    {kReflection, "setFieldValue", "(Ljava/lang/Class;ILjava/lang/Object;Ljava/lang/Object;)V", adapt<&set_field_value>()},
    {kReflection, "methodCount", "(Ljava/lang/Class;)I", adapt<&method_count>()},
    {kReflection, "methodName", "(Ljava/lang/Class;I)Ljava/lang/String;", adapt<&method_name>()},
    {kReflection, "methodDescriptor", "(Ljava/lang/Class;I)Ljava/lang/String;", adapt<&method_descriptor>()},
    {kReflection, "methodSignature", "(Ljava/lang/Class;I)Ljava/lang/String;", adapt<&method_signature>()},
    {kReflection, "methodModifiers", "(Ljava/lang/Class;I)I", adapt<&method_modifiers>()},
    {kReflection, "methodParameterTypes", "(Ljava/lang/Class;I)[Ljava/lang/Class;", adapt<&method_parameter_types>()},
    {kReflection, "methodReturnType", "(Ljava/lang/Class;I)Ljava/lang/Class;", adapt<&method_return_type>()},
    {kReflection, "methodExceptionTypes", "(Ljava/lang/Class;I)[Ljava/lang/Class;", adapt<&method_exception_types>()},
    {kReflection, "invokeMethod", "(Ljava/lang/Class;ILjava/lang/Object;[Ljava/lang/Object;Z)Ljava/lang/Object;", adapt<&invoke_method>()},
    {kReflection, "newInstance", "(Ljava/lang/Class;I[Ljava/lang/Object;)Ljava/lang/Object;", adapt<&new_instance>()},
    {kReflection, "allocateInstance", "(Ljava/lang/Class;)Ljava/lang/Object;", adapt<&allocate_instance>()},
    {kReflection, "ensureInitialized", "(Ljava/lang/Class;)V", adapt<&ensure_class_initialized>()},
    {kReflection, "verifyMemberAccess", "(Ljava/lang/Class;Ljava/lang/Class;I)Z", adapt<&verify_member_access>()},
    {kReflection, "isBootClass", "(Ljava/lang/Class;)Z", adapt<&is_boot_class>()},
    {kReflection, "rawAnnotations", "(Ljava/lang/Class;II)[B", adapt<&raw_annotations>()},
    {kReflection, "cpUtf8", "(Ljava/lang/Class;I)Ljava/lang/String;", adapt<&cp_utf8>()},
    {kReflection, "cpInt", "(Ljava/lang/Class;I)I", adapt<&cp_int>()},
    {kReflection, "cpLong", "(Ljava/lang/Class;I)J", adapt<&cp_long>()},
    {kReflection, "cpFloat", "(Ljava/lang/Class;I)F", adapt<&cp_float>()},
    {kReflection, "cpDouble", "(Ljava/lang/Class;I)D", adapt<&cp_double>()},
    {kReflection, "typeFromDescriptor", "(Ljava/lang/String;Ljava/lang/Class;)Ljava/lang/Class;", adapt<&type_from_descriptor>()},
    {kReflection, "enclosingMethodInfo", "(Ljava/lang/Class;)[Ljava/lang/Object;", adapt<&enclosing_method_info>()},
    {kReflection, "declaredClasses", "(Ljava/lang/Class;)[Ljava/lang/Class;", adapt<&declared_classes>()},
    {kReflection, "permittedSubclasses", "(Ljava/lang/Class;)[Ljava/lang/Class;", adapt<&permitted_subclasses>()},
    {kReflection, "recordComponentCount", "(Ljava/lang/Class;)I", adapt<&record_component_count>()},
    {kReflection, "recordComponentName", "(Ljava/lang/Class;I)Ljava/lang/String;", adapt<&record_component_name>()},
    {kReflection, "recordComponentDescriptor", "(Ljava/lang/Class;I)Ljava/lang/String;", adapt<&record_component_descriptor>()},
    {kReflection, "recordComponentSignature", "(Ljava/lang/Class;I)Ljava/lang/String;", adapt<&record_component_signature>()},
    {kReflection, "classSignature", "(Ljava/lang/Class;)Ljava/lang/String;", adapt<&class_signature>()},
    {kReflection, "sourceFileName", "(Ljava/lang/Class;)Ljava/lang/String;", adapt<&source_file_name>()},
    {kReflection, "defineProxyClass", "(Ljava/lang/String;[Ljava/lang/Class;[Ljava/lang/String;[Ljava/lang/String;)Ljava/lang/Class;", adapt<&define_proxy_class>()},
};

}  // namespace

std::pair<const NativeEntry*, size_t> reflect_natives() { return {kEntries, std::size(kEntries)}; }

}  // namespace islet::natives
