// Natives of java.lang.Class: names, type tests, supertypes, nesting, Class.forName.
#include <algorithm>

#include "classfile/descriptor.hpp"
#include "interp/frame.hpp"
#include "interp/interpreter.hpp"
#include "natives/native_registry.hpp"
#include "natives/support.hpp"
#include "runtime/allocation.hpp"
#include "runtime/class_loader.hpp"
#include "runtime/resolver.hpp"

namespace islet::natives {

namespace access = runtime::access;

namespace {

Object* mirror_or_null(Class* k) { return k ? k->mirror : nullptr; }

Object* init_class_name(VMThread* thread, Object* self) {
  return java_string(thread, class_of_mirror(thread, self)->external_name());
}

bool is_instance(VMThread* thread, Object* self, Object* object) {
  return object != nullptr && object->klass->is_subclass_of(class_of_mirror(thread, self));
}

bool is_assignable_from(VMThread* thread, Object* self, Object* other) {
  if (!null_check(thread, other)) return false;
  Class* target = class_of_mirror(thread, self);
  Class* source = class_of_mirror(thread, other);
  if (target->is_primitive() || source->is_primitive()) return target == source;
  return source->is_subclass_of(target);
}

bool is_interface(VMThread* thread, Object* self) { return class_of_mirror(thread, self)->is_interface(); }
bool is_array(VMThread* thread, Object* self) { return class_of_mirror(thread, self)->is_array(); }
bool is_primitive(VMThread* thread, Object* self) { return class_of_mirror(thread, self)->is_primitive(); }

Object* get_superclass(VMThread* thread, Object* self) {
  Class* k = class_of_mirror(thread, self);
  if (k->is_interface() || k->is_primitive()) return nullptr;
  return mirror_or_null(k->super);
}

Object* get_component_type(VMThread* thread, Object* self) {
  return mirror_or_null(class_of_mirror(thread, self)->component);
}

const classfile::InnerClass* inner_class_entry(const Class* k) {
  if (k->file == nullptr) return nullptr;
  const classfile::ClassFile& cf = k->class_file();
  for (const classfile::InnerClass& ic : cf.inner_classes) {
    if (ic.inner_class != 0 && cf.class_name(ic.inner_class) == k->name) return &ic;
  }
  return nullptr;
}

int32_t get_modifiers(VMThread* thread, Object* self) {
  Class* k = class_of_mirror(thread, self);
  if (k->is_array()) {
    Class* element = k->component;
    int32_t element_flags = get_modifiers(thread, element->mirror);
    return (element_flags & (access::kPublic | access::kPrivate | access::kProtected)) | access::kFinal |
           access::kAbstract;
  }
  if (k->is_primitive()) return access::kPublic | access::kFinal | access::kAbstract;
  // HotSpot reports the InnerClasses flags for nested classes (they carry private/static).
  int32_t flags = k->access_flags;
  if (const classfile::InnerClass* ic = inner_class_entry(k)) flags = ic->access_flags;
  return flags & ~access::kSuper & 0x7FFF & ~access::kSynthetic;
}

Object* get_interfaces(VMThread* thread, Object* self) {
  Class* k = class_of_mirror(thread, self);
  ArrayObject* array = runtime::new_object_array(thread, thread->isolate()->well_known(WellKnown::Class),
                                                 static_cast<int32_t>(k->interfaces.size()));
  if (array == nullptr) return nullptr;
  for (size_t i = 0; i < k->interfaces.size(); ++i) array->at<Object*>(static_cast<int32_t>(i)) = k->interfaces[i]->mirror;
  return array;
}

Object* get_simple_binary_name(VMThread* thread, Object* self) {
  Class* k = class_of_mirror(thread, self);
  const classfile::InnerClass* ic = inner_class_entry(k);
  if (ic == nullptr) return nullptr;
  if (ic->inner_name == 0) return java_string(thread, "");
  return runtime::new_string_from_modified_utf8(thread, k->class_file().utf8(ic->inner_name));
}

Object* get_declaring_class(VMThread* thread, Object* self) {
  Class* k = class_of_mirror(thread, self);
  const classfile::InnerClass* ic = inner_class_entry(k);
  if (ic == nullptr || ic->outer_class == 0) return nullptr;
  Class* outer = runtime::resolve_class(thread, k, ic->outer_class);
  return mirror_or_null(outer);
}

Object* get_primitive_class(VMThread* thread, Object* name) {
  if (!null_check(thread, name)) return nullptr;
  std::string n = runtime::string_to_utf8(thread, name);
  static constexpr std::pair<const char*, char> kNames[] = {
      {"boolean", 'Z'}, {"byte", 'B'}, {"char", 'C'}, {"short", 'S'}, {"int", 'I'},
      {"long", 'J'},    {"float", 'F'}, {"double", 'D'}, {"void", 'V'}};
  for (auto [text, code] : kNames) {
    if (n == text) return thread->isolate()->primitive_class(static_cast<runtime::BasicType>(code))->mirror;
  }
  runtime::throw_new(thread, WellKnown::InternalError, "no primitive class " + n);
  return nullptr;
}

// "a.b.C" -> "a/b/C"; "[La.b.C;" -> "[La/b/C;". Empty when the name is not a binary name.
std::string internal_name_of(const std::string& binary) {
  if (binary.empty() || binary.find('/') != std::string::npos) return {};
  std::string n = binary;
  std::replace(n.begin(), n.end(), '.', '/');
  return n;
}

Object* for_name(VMThread* thread, Object* name, bool initialize, Object* loader, Object* caller) {
  if (!null_check(thread, name)) return nullptr;
  std::string binary = runtime::string_to_utf8(thread, name);
  std::string internal = internal_name_of(binary);
  if (internal.empty()) {
    runtime::throw_new(thread, WellKnown::ClassNotFoundException, binary);
    return nullptr;
  }
  // Like HotSpot, a name that is not a legal class name once dots become slashes is rejected
  // before any loader sees it, and the message shows that internal form ("java/lang/Object[]").
  if (internal[0] != '[' && !classfile::is_valid_class_name(internal)) {
    runtime::throw_new(thread, WellKnown::ClassNotFoundException, internal);
    return nullptr;
  }
  // A null loader is the bootstrap loader; a user-defined one is asked through its loadClass.
  // (`caller` serves HotSpot's security-manager check, which islet does not have.)
  (void)caller;
  runtime::ClassLoaderData& data = thread->isolate()->loader_data(thread, loader);
  Class* k = runtime::load_class(thread, data, internal, runtime::OnMissing::ClassNotFoundException);
  if (k == nullptr) return nullptr;
  if (initialize && !runtime::ensure_initialized(thread, k)) return nullptr;
  return k->mirror;
}

Object* caller_class(VMThread* thread) {
  // Frames: [this native] -> [the method asking] -> [its caller].
  interp::Frame* frame = thread->top_frame();
  for (int skip = 0; frame != nullptr && skip < 2; ++skip) frame = frame->caller;
  return frame ? frame->method->holder->mirror : nullptr;
}

bool desired_assertion_status(VMThread* thread, Object* self) {
  Class* k = class_of_mirror(thread, self);
  return thread->isolate()->options().enable_assertions && k->loader != nullptr && !k->loader->is_boot();
}

Object* get_enum_constants(VMThread* thread, Object* self) {
  Class* k = class_of_mirror(thread, self);
  if (!(k->access_flags & access::kEnum) || k->super == nullptr || k->super->name != "java/lang/Enum") return nullptr;
  std::string descriptor = "()[L" + k->name + ";";
  Method* values = k->find_declared_method("values", descriptor);
  if (values == nullptr || !values->is_static()) return nullptr;
  if (!runtime::ensure_initialized(thread, k)) return nullptr;
  return interp::call_method(thread, values, std::span<const Slot>()).l;
}

// Arrays report their element type's loader, primitive types and the bootstrap loader's classes
// null.
Object* get_class_loader(VMThread* thread, Object* self) {
  Class* k = class_of_mirror(thread, self);
  return k->loader != nullptr ? k->loader->loader_object() : nullptr;
}

// java.lang.reflect.Array.newArray: a one-dimensional array of `component` (any type but void).
Object* new_array(VMThread* thread, Object* component_mirror, int32_t length) {
  if (!null_check(thread, component_mirror)) return nullptr;
  Class* component = class_of_mirror(thread, component_mirror);
  if (component->is_primitive() && component->element_type == runtime::BasicType::Void) {
    runtime::throw_new(thread, WellKnown::IllegalArgumentException, "");
    return nullptr;
  }
  return runtime::new_object_array(thread, component, length);
}

constexpr NativeEntry kEntries[] = {
    {"java/lang/Class", "initClassName", "()Ljava/lang/String;", adapt<&init_class_name>()},
    {"java/lang/Class", "isInstance", "(Ljava/lang/Object;)Z", adapt<&is_instance>()},
    {"java/lang/Class", "isAssignableFrom", "(Ljava/lang/Class;)Z", adapt<&is_assignable_from>()},
    {"java/lang/Class", "isInterface", "()Z", adapt<&is_interface>()},
    {"java/lang/Class", "isArray", "()Z", adapt<&is_array>()},
    {"java/lang/Class", "isPrimitive", "()Z", adapt<&is_primitive>()},
    {"java/lang/Class", "getSuperclass", "()Ljava/lang/Class;", adapt<&get_superclass>()},
    {"java/lang/Class", "getComponentType", "()Ljava/lang/Class;", adapt<&get_component_type>()},
    {"java/lang/Class", "getModifiers", "()I", adapt<&get_modifiers>()},
    {"java/lang/Class", "getInterfaces0", "()[Ljava/lang/Class;", adapt<&get_interfaces>()},
    {"java/lang/Class", "getSimpleBinaryName0", "()Ljava/lang/String;", adapt<&get_simple_binary_name>()},
    {"java/lang/Class", "getDeclaringClass0", "()Ljava/lang/Class;", adapt<&get_declaring_class>()},
    {"java/lang/Class", "getPrimitiveClass", "(Ljava/lang/String;)Ljava/lang/Class;", adapt<&get_primitive_class>()},
    {"java/lang/Class", "forName0", "(Ljava/lang/String;ZLjava/lang/ClassLoader;Ljava/lang/Class;)Ljava/lang/Class;", adapt<&for_name>()},
    {"java/lang/Class", "callerClass0", "()Ljava/lang/Class;", adapt<&caller_class>()},
    {"java/lang/Class", "desiredAssertionStatus", "()Z", adapt<&desired_assertion_status>()},
    {"java/lang/Class", "getEnumConstants0", "()[Ljava/lang/Object;", adapt<&get_enum_constants>()},
    {"java/lang/Class", "getClassLoader0", "()Ljava/lang/ClassLoader;", adapt<&get_class_loader>()},
    {"java/lang/reflect/Array", "newArray", "(Ljava/lang/Class;I)Ljava/lang/Object;", adapt<&new_array>()},
};

}  // namespace

std::pair<const NativeEntry*, size_t> class_natives() { return {kEntries, std::size(kEntries)}; }

}  // namespace islet::natives
