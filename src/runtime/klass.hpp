// Runtime metadata of loaded classes: Class (one per loaded class, array class or primitive type),
// Field and Method. All of it is owned by the Isolate's class table and lives until the isolate ends.
//
// Design: a Class is created, its supertypes loaded and its layout, vtable and itables computed in
// one step (eager linking); initialization (<clinit>) is lazy, on first active use (initializer.cpp).
// Resolved constant-pool entries are cached per class (ConstantPoolCache) and bytecodes referring to
// them are rewritten to quick forms by the interpreter, so each entry is resolved once.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "classfile/class_file.hpp"
#include "classfile/descriptor.hpp"
#include "runtime/object.hpp"
#include "runtime/value.hpp"

namespace islet::interp {
struct LambdaForwardInfo;  // interp/indy.cpp
}

namespace islet::jni {
struct NativeLink;  // jni/native_link.hpp
}

namespace islet::runtime {

struct Class;
struct Method;
class VMThread;
class ClassLoaderData;

using classfile::BasicType;

// JVM access and property flags (JVMS tables 4.1-B, 4.5-A, 4.6-A).
namespace access {
constexpr uint16_t kPublic = 0x0001, kPrivate = 0x0002, kProtected = 0x0004, kStatic = 0x0008,
                   kFinal = 0x0010, kSynchronized = 0x0020, kSuper = 0x0020, kVolatile = 0x0040,
                   kBridge = 0x0040, kTransient = 0x0080, kVarargs = 0x0080, kNative = 0x0100,
                   kInterface = 0x0200, kAbstract = 0x0400, kStrict = 0x0800, kSynthetic = 0x1000,
                   kAnnotation = 0x2000, kEnum = 0x4000;
}

struct Field {
  Class* holder = nullptr;
  std::string name;
  std::string descriptor;
  uint16_t access_flags = 0;
  BasicType type = BasicType::Int;
  uint32_t offset = 0;          // instance: byte offset in the object; static: in Class::statics
  uint16_t constant_value = 0;  // ConstantValue constant index, 0 if none
  const classfile::FieldInfo* info = nullptr;

  bool is_static() const { return access_flags & access::kStatic; }
  bool is_volatile() const { return access_flags & access::kVolatile; }
  bool is_reference() const { return type == BasicType::Object || type == BasicType::Array; }
};

// The C++ signature of every native method the interpreter calls directly: arguments are the
// callee's locals (receiver first for instance methods), the result is returned in a Slot.
// A native that throws sets the thread's pending exception and returns anything.
using NativeFunction = Slot (*)(VMThread* thread, Slot* args);

enum class MethodKind : uint8_t {
  Bytecode,       // interpreted
  Native,         // native method, bound lazily from the native registry
  Abstract,       // abstract or interface method without a body
  LambdaForward,  // synthetic method of a lambda proxy class (see interp/indy.cpp)
};


struct Method {
  Class* holder = nullptr;
  std::string name;
  std::string descriptor;
  uint16_t access_flags = 0;
  MethodKind kind = MethodKind::Bytecode;
  BasicType return_type = BasicType::Void;
  uint16_t max_stack = 0;
  uint16_t max_locals = 0;   // at least arg_slots
  uint16_t arg_slots = 0;    // parameter slots including the receiver
  int32_t vtable_index = -1; // >= 0 for methods dispatched through the vtable
  int32_t itable_index = -1; // >= 0 for interface methods: index within the interface's itable block
  std::unique_ptr<uint8_t[]> code;  // a private copy of the bytecode, rewritten by quickening
  uint32_t code_length = 0;
  const classfile::MethodInfo* info = nullptr;  // the original, unmodified method
  std::atomic<NativeFunction> native{nullptr};
  std::atomic<jni::NativeLink*> jni_link{nullptr};  // native methods implemented through JNI
  const interp::LambdaForwardInfo* lambda = nullptr;

  bool is_static() const { return access_flags & access::kStatic; }
  bool is_private() const { return access_flags & access::kPrivate; }
  bool is_final() const { return access_flags & access::kFinal; }
  bool is_abstract() const { return access_flags & access::kAbstract; }
  bool is_native() const { return access_flags & access::kNative; }
  bool is_synchronized() const { return access_flags & access::kSynchronized; }
  bool is_public() const { return access_flags & access::kPublic; }
  bool is_protected() const { return access_flags & access::kProtected; }
  bool is_initializer() const { return name == "<init>"; }
  bool is_class_initializer() const { return name == "<clinit>"; }

  // Line number for a bytecode index, -1 if unknown.
  int line_number_at(uint32_t bci) const;
  // "java.lang.String.length()" style, used in diagnostics.
  std::string external_name() const;
};

enum class ClassKind : uint8_t { Instance, Array, Primitive };

// java.lang.ref.Reference subclasses: the collector does not trace their referent field but
// clears it when the referent becomes unreachable (soft ones only under memory pressure).
enum class ReferenceKind : uint8_t { None, Soft, Weak, Phantom };

enum class InitState : uint8_t {
  Linked,             // loaded and linked, <clinit> not run
  BeingInitialized,   // some thread runs <clinit>
  Initialized,
  Erroneous,          // <clinit> failed: later uses throw NoClassDefFoundError
};

// One resolved constant-pool entry. Written once by the resolver (under the class's resolution
// lock), then published by rewriting the bytecode to its quick form.
struct ConstantPoolCacheEntry {
  std::atomic<bool> resolved{false};
  union {
    Class* klass;    // Class constants
    Field* field;    // Fieldref
    Method* method;  // Methodref / InterfaceMethodref
    Object* object;  // String (interned), resolved Class mirror for ldc
    void* call_site; // InvokeDynamic (interp/indy.cpp owns the type)
  };
  ConstantPoolCacheEntry() : klass(nullptr) {}
};

struct ItableBlock {
  Class* interface;
  std::vector<Method*> methods;  // indexed by Method::itable_index of the interface's methods
};

struct Class {
  std::string name;  // internal form: "java/lang/String", "[I", "[Ljava/lang/Object;", "int"
  ClassKind kind = ClassKind::Instance;
  uint16_t access_flags = 0;
  ClassLoaderData* loader = nullptr;  // null only while bootstrapping primitive types
  Class* super = nullptr;
  std::vector<Class*> interfaces;      // direct superinterfaces
  std::vector<Class*> all_interfaces;  // transitive closure, each once (incl. from superclasses)
  std::vector<Class*> primary_supers;  // Object ... this (for O(depth) subclass checks)

  std::unique_ptr<classfile::ClassFile> file;  // instance classes only
  std::vector<Field> fields;                   // declared fields; never resized after creation
  std::vector<Method> methods;                 // declared methods; never resized after creation

  // Instance layout.
  uint32_t instance_size = kObjectHeaderSize;
  std::vector<uint32_t> reference_offsets;  // every traced reference field, inherited ones included
  ReferenceKind reference_kind = ReferenceKind::None;
  std::vector<Method*> vtable;
  std::vector<ItableBlock> itables;
  Method* finalizer = nullptr;

  // Static fields: one 8-byte cell per field, references listed for the collector.
  std::unique_ptr<Slot[]> statics;
  uint32_t static_count = 0;
  std::vector<uint32_t> static_reference_offsets;

  // Arrays and primitives.
  Class* component = nullptr;           // arrays: element class
  BasicType element_type = BasicType::Object;  // arrays: element basic type; primitives: its type
  uint8_t element_size_log2 = 3;        // arrays
  std::atomic<Class*> array_class{nullptr};  // the class of arrays of this class, once created

  Object* mirror = nullptr;  // the java.lang.Class instance
  mutable std::atomic<const Class*> nest_host{nullptr};  // resolved NestHost, cached (resolver.cpp)

  // Initialization (JVMS 5.5).
  std::atomic<InitState> init_state{InitState::Linked};
  VMThread* init_thread = nullptr;
  // When <clinit> failed: an ExceptionInInitializerError describing the original exception,
  // the cause of every later NoClassDefFoundError (as HotSpot 17.0.x reports it).
  Object* initialization_error = nullptr;
  std::mutex init_mutex;
  std::condition_variable init_done;

  std::unique_ptr<ConstantPoolCacheEntry[]> cp_cache;
  std::mutex resolution_mutex;

  bool is_interface() const { return access_flags & access::kInterface; }
  bool is_abstract() const { return access_flags & access::kAbstract; }
  bool is_array() const { return kind == ClassKind::Array; }
  bool is_primitive() const { return kind == ClassKind::Primitive; }
  bool is_initialized() const { return init_state.load(std::memory_order_acquire) == InitState::Initialized; }
  const classfile::ClassFile& class_file() const { return *file; }

  // Binary name with dots: "java.lang.String", "[I", "[Ljava.lang.String;".
  std::string external_name() const;
  // The package part of the internal name ("java/lang"), empty for the unnamed package.
  std::string_view package_name() const;

  Field* find_declared_field(std::string_view name, std::string_view descriptor);
  Method* find_declared_method(std::string_view name, std::string_view descriptor);

  // Subtype test (JVMS checkcast/instanceof rules), arrays and interfaces included.
  bool is_subclass_of(const Class* other) const;
  bool implements(const Class* interface) const;

  // Interface dispatch: the implementation of `interface_method` for receivers of this class,
  // or null if none is selected (AbstractMethodError at the call site).
  Method* itable_lookup(const Method* interface_method) const;

  uint32_t array_element_size() const { return 1u << element_size_log2; }
};

inline Class* class_of(const Object* o) { return o->klass; }

}  // namespace islet::runtime
