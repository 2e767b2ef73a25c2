// invokedynamic intrinsics. A call site is linked once: its bootstrap method is recognised by
// name and turned into a CallSite the interpreter runs directly. String concatenation builds the
// string in C++; LambdaMetafactory defines a hidden proxy class whose interface methods are
// LambdaForward methods; ObjectMethods implements records' toString/hashCode/equals.
#include "interp/indy.hpp"

#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "classfile/descriptor.hpp"
#include "classfile/modified_utf8.hpp"
#include "interp/boxing.hpp"
#include "interp/interpreter.hpp"
#include "runtime/allocation.hpp"
#include "runtime/class_loader.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/isolate.hpp"
#include "runtime/linker.hpp"
#include "runtime/resolver.hpp"
#include "runtime/strings.hpp"
#include "runtime/vm_thread.hpp"

namespace islet::interp {

using namespace runtime;
using classfile::ConstantTag;
using classfile::RefKind;

// A parameter or return type of a linked call site, with its class resolved when it is a
// reference type (for casts), and its position in the slot array.
struct TypeSlot {
  BasicType type = BasicType::Void;
  Class* klass = nullptr;  // reference types only
  uint16_t slot = 0;
};

enum class SiteKind : uint8_t { Concat, Lambda, RecordToString, RecordHashCode, RecordEquals };

struct ConcatPiece {
  int32_t argument = -1;  // index into CallSite::params, or -1 for literal text
  std::u16string text;
};

struct CallSite {
  SiteKind kind;
  uint16_t arg_slots = 0;
  BasicType return_type = BasicType::Object;
  std::vector<TypeSlot> params;
  // Concat
  std::vector<ConcatPiece> pieces;
  // Lambda
  Class* proxy = nullptr;
  Object* singleton = nullptr;  // non-capturing lambdas share one instance
  // Records
  Class* record = nullptr;
  std::vector<Field*> components;
  std::vector<std::u16string> component_names;
};

struct LambdaForwardInfo {
  Method* implementation;
  RefKind ref_kind;
  std::vector<TypeSlot> captured;  // stored in the proxy instance after the header
  std::vector<TypeSlot> sam_params;
  TypeSlot sam_return;
  std::vector<TypeSlot> impl_params;  // receiver first for instance implementations
  TypeSlot impl_return;
};

namespace {

constexpr uint32_t kCaptureBase = kObjectHeaderSize;

int type_slots(BasicType t) {
  return t == BasicType::Void ? 0 : (t == BasicType::Long || t == BasicType::Double) ? 2 : 1;
}
bool is_reference(BasicType t) { return t == BasicType::Object || t == BasicType::Array; }

void throw_bootstrap_error(VMThread* thread, const std::string& message) {
  throw_new(thread, WellKnown::BootstrapMethodError, message);
}

// Resolves the types of a descriptor's parameters (and return) as seen from `accessor`.
bool resolve_types(VMThread* thread, Class* accessor, const classfile::MethodDescriptor& d,
                   std::vector<TypeSlot>* params, TypeSlot* ret) {
  auto resolve = [&](const classfile::FieldType& ft, TypeSlot* out) {
    out->type = ft.type;
    if (is_reference(ft.type)) {
      out->klass = resolve_class_name(thread, accessor, ft.class_name);
      return out->klass != nullptr;
    }
    return true;
  };
  uint16_t slot = 0;
  for (const classfile::FieldType& ft : d.params) {
    TypeSlot t;
    if (!resolve(ft, &t)) return false;
    t.slot = slot;
    slot = static_cast<uint16_t>(slot + type_slots(t.type));
    params->push_back(t);
  }
  return ret == nullptr || resolve(d.ret, ret);
}

// --- Conversions (the "usual" method-handle conversions lambdas rely on; boxing.hpp) ----------

// Converts `value` of type `from` to `to` as a lambda's adapter does: widening, boxing,
// unboxing (with NPE on null), reference casts.
bool convert(VMThread* thread, const TypeSlot& from, const TypeSlot& to, Slot value, Slot* out) {
  if (!is_reference(from.type) && !is_reference(to.type)) {
    *out = widen_primitive(from.type, to.type, value);
    return true;
  }
  if (!is_reference(from.type)) {
    Object* boxed = box_value(thread, from.type, value);
    if (boxed == nullptr) return false;
    *out = Slot::of_ref(boxed);
    return true;
  }
  Object* object = value.l;
  if (!is_reference(to.type)) {
    if (object == nullptr) {
      throw_new_no_message(thread, WellKnown::NullPointerException);
      return false;
    }
    BasicType boxed_type;
    Slot primitive;
    if (!unbox_value(thread, object, &boxed_type, &primitive)) {
      throw_new(thread, WellKnown::ClassCastException,
                class_cast_message(object->klass, box_class_of(thread, to.type)));
      return false;
    }
    *out = widen_primitive(boxed_type, to.type, primitive);
    return true;
  }
  if (object != nullptr && to.klass != nullptr && !object->klass->is_subclass_of(to.klass)) {
    throw_new(thread, WellKnown::ClassCastException, class_cast_message(object->klass, to.klass));
    return false;
  }
  *out = value;
  return true;
}

// --- Bootstrap arguments ------------------------------------------------------------------------

struct MethodHandleRef {
  RefKind kind;
  uint16_t member_index;  // Fieldref / Methodref / InterfaceMethodref constant
};

MethodHandleRef method_handle_at(const classfile::ClassFile& cf, uint16_t index) {
  const classfile::Constant& c = cf.constants[index];
  return {c.ref_kind, c.index1};
}

std::string member_class(const classfile::ClassFile& cf, uint16_t member_index) {
  return cf.class_name(cf.constants[member_index].index1);
}
std::string member_name(const classfile::ClassFile& cf, uint16_t member_index) {
  return cf.nat_name(cf.constants[member_index].index2);
}

InvokeKind invoke_kind_for(RefKind kind) {
  switch (kind) {
    case RefKind::InvokeStatic: return InvokeKind::Static;
    case RefKind::InvokeInterface: return InvokeKind::Interface;
    case RefKind::InvokeVirtual: return InvokeKind::Virtual;
    default: return InvokeKind::Special;
  }
}

// --- String concatenation ---------------------------------------------------------------------

bool link_concat(VMThread* thread, Class* klass, const classfile::BootstrapMethod& bsm,
                 bool with_constants, CallSite* site) {
  const classfile::ClassFile& cf = klass->class_file();
  if (!with_constants) {
    for (size_t i = 0; i < site->params.size(); ++i) site->pieces.push_back({static_cast<int32_t>(i), {}});
    return true;
  }
  if (bsm.arguments.empty() || cf.constants[bsm.arguments[0]].tag != ConstantTag::String) {
    throw_bootstrap_error(thread, "makeConcatWithConstants needs a recipe string");
    return false;
  }
  std::u16string recipe = classfile::decode_modified_utf8(cf.utf8(cf.constants[bsm.arguments[0]].index1));
  size_t next_argument = 0, next_constant = 1;
  std::u16string literal;
  auto flush = [&] {
    if (!literal.empty()) site->pieces.push_back({-1, std::move(literal)});
    literal.clear();
  };
  for (char16_t c : recipe) {
    if (c == u'\1') {
      flush();
      if (next_argument >= site->params.size()) {
        throw_bootstrap_error(thread, "string concatenation recipe has more arguments than the call site");
        return false;
      }
      site->pieces.push_back({static_cast<int32_t>(next_argument++), {}});
    } else if (c == u'\2') {
      if (next_constant >= bsm.arguments.size()) {
        throw_bootstrap_error(thread, "string concatenation recipe has more constants than the bootstrap");
        return false;
      }
      const classfile::Constant& k = cf.constants[bsm.arguments[next_constant++]];
      switch (k.tag) {
        case ConstantTag::String: literal += classfile::decode_modified_utf8(cf.utf8(k.index1)); break;
        case ConstantTag::Integer: for (char ch : std::to_string(k.int_value)) literal += static_cast<char16_t>(ch); break;
        case ConstantTag::Long: for (char ch : std::to_string(k.long_value)) literal += static_cast<char16_t>(ch); break;
        default:
          throw_bootstrap_error(thread, "unsupported constant kind in string concatenation recipe");
          return false;
      }
    } else {
      literal += c;
    }
  }
  flush();
  return true;
}

bool append_string_object(VMThread* thread, Object* s, std::u16string* out) {
  if (s == nullptr) {
    *out += u"null";
    return true;
  }
  *out += string_to_utf16(thread, s);
  return true;
}

bool append_value(VMThread* thread, const TypeSlot& t, Slot v, std::u16string* out) {
  auto append_ascii = [&](const std::string& text) {
    for (char ch : text) *out += static_cast<char16_t>(ch);
  };
  Isolate* isolate = thread->isolate();
  switch (t.type) {
    case BasicType::Boolean: *out += v.i ? u"true" : u"false"; return true;
    case BasicType::Char: *out += static_cast<char16_t>(v.i); return true;
    case BasicType::Byte: case BasicType::Short: case BasicType::Int: append_ascii(std::to_string(v.i)); return true;
    case BasicType::Long: append_ascii(std::to_string(v.j)); return true;
    case BasicType::Float: case BasicType::Double: {
      bool is_float = t.type == BasicType::Float;
      Class* box_class = isolate->well_known(is_float ? WellKnown::Float : WellKnown::Double);
      if (box_class == nullptr || !ensure_initialized(thread, box_class)) return false;
      Method* to_string = box_class->find_declared_method("toString", is_float ? "(F)Ljava/lang/String;" : "(D)Ljava/lang/String;");
      Object* s = call_method(thread, to_string, {v}).l;
      return !thread->has_pending_exception() && append_string_object(thread, s, out);
    }
    default: {
      Object* object = v.l;
      Class* string_class = isolate->well_known(WellKnown::String);
      if (object == nullptr || object->klass == string_class) return append_string_object(thread, object, out);
      Method* value_of = string_class->find_declared_method("valueOf", "(Ljava/lang/Object;)Ljava/lang/String;");
      Object* s = call_method(thread, value_of, {v}).l;
      return !thread->has_pending_exception() && append_string_object(thread, s, out);
    }
  }
}

bool run_concat(VMThread* thread, CallSite* site, Slot* args, Slot* result) {
  std::u16string text;
  for (const ConcatPiece& piece : site->pieces) {
    if (piece.argument < 0) {
      text += piece.text;
      continue;
    }
    const TypeSlot& t = site->params[static_cast<size_t>(piece.argument)];
    if (!append_value(thread, t, args[t.slot], &text)) return false;
  }
  Object* s = new_string(thread, text);
  *result = Slot::of_ref(s);
  return s != nullptr;
}

// --- Lambdas ------------------------------------------------------------------------------------

struct LambdaSpec {
  std::string sam_name;
  std::vector<std::string> sam_descriptors;  // the SAM and any bridges
  std::vector<Class*> extra_interfaces;      // markers
};

bool parse_lambda_bootstrap(VMThread* thread, Class* klass, const classfile::BootstrapMethod& bsm,
                            bool alt, LambdaSpec* spec, MethodHandleRef* impl) {
  const classfile::ClassFile& cf = klass->class_file();
  if (bsm.arguments.size() < 3) {
    throw_bootstrap_error(thread, "LambdaMetafactory needs three bootstrap arguments");
    return false;
  }
  spec->sam_descriptors.push_back(cf.utf8(cf.constants[bsm.arguments[0]].index1));
  *impl = method_handle_at(cf, bsm.arguments[1]);
  if (!alt) return true;
  // altMetafactory: flags, then optional marker interfaces and bridge method types.
  constexpr int32_t kFlagMarkers = 2, kFlagBridges = 4;
  size_t i = 3;
  int32_t flags = bsm.arguments.size() > i ? cf.constants[bsm.arguments[i++]].int_value : 0;
  if ((flags & kFlagMarkers) && i < bsm.arguments.size()) {
    int32_t count = cf.constants[bsm.arguments[i++]].int_value;
    for (int32_t m = 0; m < count && i < bsm.arguments.size(); ++m) {
      Class* marker = resolve_class(thread, klass, bsm.arguments[i++]);
      if (marker == nullptr) return false;
      spec->extra_interfaces.push_back(marker);
    }
  }
  if ((flags & kFlagBridges) && i < bsm.arguments.size()) {
    int32_t count = cf.constants[bsm.arguments[i++]].int_value;
    for (int32_t b = 0; b < count && i < bsm.arguments.size(); ++b) {
      spec->sam_descriptors.push_back(cf.utf8(cf.constants[bsm.arguments[i++]].index1));
    }
  }
  return true;
}

Class* define_lambda_proxy(VMThread* thread, Class* host, Class* interface, const LambdaSpec& spec,
                           const std::vector<TypeSlot>& captured,
                           const std::vector<std::shared_ptr<LambdaForwardInfo>>& infos) {
  Isolate* isolate = thread->isolate();
  auto owned = std::make_unique<Class>();
  Class* proxy = owned.get();
  proxy->name = host->name + "$$Lambda$" + std::to_string(isolate->next_hidden_class_id());
  proxy->access_flags = access::kFinal | access::kSynthetic | access::kSuper;
  proxy->loader = host->loader;
  proxy->super = isolate->well_known(WellKnown::Object);
  proxy->interfaces.push_back(interface);
  for (Class* marker : spec.extra_interfaces) proxy->interfaces.push_back(marker);
  uint32_t slots = 0;
  for (const TypeSlot& t : captured) {
    if (is_reference(t.type)) proxy->reference_offsets.push_back(kCaptureBase + 8 * slots);
    slots += static_cast<uint32_t>(type_slots(t.type));
  }
  proxy->instance_size = kCaptureBase + 8 * slots;
  proxy->methods = std::vector<Method>(spec.sam_descriptors.size());
  for (size_t i = 0; i < spec.sam_descriptors.size(); ++i) {
    Method& m = proxy->methods[i];
    m.holder = proxy;
    m.name = spec.sam_name;
    m.descriptor = spec.sam_descriptors[i];
    m.access_flags = access::kPublic | access::kFinal;
    m.kind = MethodKind::LambdaForward;
    auto d = classfile::parse_method_descriptor(m.descriptor);
    m.return_type = d->ret.type;
    m.arg_slots = static_cast<uint16_t>(d->arg_slots + 1);
    m.max_locals = m.arg_slots;
    m.lambda = infos[i].get();
  }
  link_synthetic_class(thread, proxy);
  proxy->init_state.store(InitState::Initialized, std::memory_order_release);
  isolate->adopt_class(std::move(owned));
  if (!create_mirror(thread, proxy)) return nullptr;
  return proxy;
}

bool link_lambda(VMThread* thread, Class* klass, const classfile::BootstrapMethod& bsm, bool alt,
                 const std::string& sam_name, const classfile::MethodDescriptor& site_descriptor,
                 CallSite* site) {
  LambdaSpec spec;
  spec.sam_name = sam_name;
  MethodHandleRef impl_ref{};
  if (!parse_lambda_bootstrap(thread, klass, bsm, alt, &spec, &impl_ref)) return false;
  Class* interface = resolve_class_name(thread, klass, site_descriptor.ret.class_name);
  if (interface == nullptr) return false;
  Method* impl = resolve_method(thread, klass, impl_ref.member_index, invoke_kind_for(impl_ref.kind));
  if (impl == nullptr) return false;

  auto impl_descriptor = classfile::parse_method_descriptor(impl->descriptor);
  std::vector<TypeSlot> impl_params;
  TypeSlot impl_return;
  if (impl_ref.kind != RefKind::InvokeStatic && impl_ref.kind != RefKind::NewInvokeSpecial) {
    impl_params.push_back({BasicType::Object, impl->holder, 0});
  }
  if (!resolve_types(thread, impl->holder, *impl_descriptor, &impl_params, &impl_return)) return false;
  if (impl_ref.kind == RefKind::NewInvokeSpecial) impl_return = {BasicType::Object, impl->holder, 0};

  std::vector<std::shared_ptr<LambdaForwardInfo>> infos;
  for (const std::string& sam_descriptor : spec.sam_descriptors) {
    auto info = std::make_shared<LambdaForwardInfo>();
    info->implementation = impl;
    info->ref_kind = impl_ref.kind;
    info->captured = site->params;
    info->impl_params = impl_params;
    info->impl_return = impl_return;
    auto d = classfile::parse_method_descriptor(sam_descriptor);
    if (!resolve_types(thread, interface, *d, &info->sam_params, &info->sam_return)) return false;
    if (info->captured.size() + info->sam_params.size() != impl_params.size()) {
      throw_new(thread, WellKnown::BootstrapMethodError,
                "lambda implementation " + impl->external_name() + impl->descriptor +
                    " does not take the captured and interface arguments of " + sam_name + sam_descriptor);
      return false;
    }
    thread->isolate()->keep_alive(info);
    infos.push_back(std::move(info));
  }
  site->proxy = define_lambda_proxy(thread, klass, interface, spec, site->params, infos);
  if (site->proxy == nullptr) return false;
  if (site->params.empty()) {
    site->singleton = new_instance(thread, site->proxy);
    if (site->singleton == nullptr) return false;
    thread->isolate()->collector().pin(site->singleton);  // only the call site refers to it
  }
  return true;
}

bool run_lambda_factory(VMThread* thread, CallSite* site, Slot* args, Slot* result) {
  if (site->singleton != nullptr) {
    *result = Slot::of_ref(site->singleton);
    return true;
  }
  Object* instance = new_instance(thread, site->proxy);
  if (instance == nullptr) return false;
  for (uint16_t i = 0; i < site->arg_slots; ++i) {
    instance->field_at<Slot>(kCaptureBase + 8 * i) = args[i];
  }
  *result = Slot::of_ref(instance);
  return true;
}

// --- Records (java.lang.runtime.ObjectMethods) --------------------------------------------------

bool link_record(VMThread* thread, Class* klass, const classfile::BootstrapMethod& bsm,
                 const std::string& name, CallSite* site) {
  const classfile::ClassFile& cf = klass->class_file();
  if (bsm.arguments.size() < 2) {
    throw_bootstrap_error(thread, "ObjectMethods.bootstrap needs the record class and names");
    return false;
  }
  site->record = resolve_class(thread, klass, bsm.arguments[0]);
  if (site->record == nullptr) return false;
  std::u16string names = classfile::decode_modified_utf8(cf.utf8(cf.constants[bsm.arguments[1]].index1));
  size_t start = 0;
  while (!names.empty() && start <= names.size()) {
    size_t end = names.find(u';', start);
    if (end == std::u16string::npos) end = names.size();
    site->component_names.push_back(names.substr(start, end - start));
    start = end + 1;
  }
  for (size_t i = 2; i < bsm.arguments.size(); ++i) {
    MethodHandleRef getter = method_handle_at(cf, bsm.arguments[i]);
    Field* f = resolve_field(thread, klass, getter.member_index, false);
    if (f == nullptr) return false;
    site->components.push_back(f);
  }
  if (name == "toString") site->kind = SiteKind::RecordToString;
  else if (name == "hashCode") site->kind = SiteKind::RecordHashCode;
  else if (name == "equals") site->kind = SiteKind::RecordEquals;
  else {
    throw_bootstrap_error(thread, "ObjectMethods.bootstrap: unknown method " + name);
    return false;
  }
  return true;
}

Slot read_field(Object* object, const Field* f) {
  switch (f->type) {
    case BasicType::Boolean: case BasicType::Byte: return Slot::of_int(object->field_at<int8_t>(f->offset));
    case BasicType::Char: return Slot::of_int(object->field_at<uint16_t>(f->offset));
    case BasicType::Short: return Slot::of_int(object->field_at<int16_t>(f->offset));
    case BasicType::Int: return Slot::of_int(object->field_at<int32_t>(f->offset));
    case BasicType::Float: return Slot::of_float(object->field_at<float>(f->offset));
    case BasicType::Long: return Slot::of_long(object->field_at<int64_t>(f->offset));
    case BasicType::Double: return Slot::of_double(object->field_at<double>(f->offset));
    default: return Slot::of_ref(object->field_at<Object*>(f->offset));
  }
}

int32_t primitive_hash(BasicType type, Slot v) {
  switch (type) {
    case BasicType::Boolean: return v.i ? 1231 : 1237;
    case BasicType::Long: return static_cast<int32_t>(v.j ^ (static_cast<uint64_t>(v.j) >> 32));
    case BasicType::Float: {
      float f = v.f;
      if (f != f) return 0x7fc00000;
      int32_t bits;
      std::memcpy(&bits, &f, 4);
      return bits;
    }
    case BasicType::Double: {
      double d = v.d;
      int64_t bits;
      if (d != d) bits = 0x7ff8000000000000LL; else std::memcpy(&bits, &d, 8);
      return static_cast<int32_t>(bits ^ (static_cast<uint64_t>(bits) >> 32));
    }
    default: return v.i;
  }
}

bool run_record(VMThread* thread, CallSite* site, Slot* args, Slot* result) {
  Object* self = args[0].l;
  if (self == nullptr) {
    throw_new_no_message(thread, WellKnown::NullPointerException);
    return false;
  }
  Class* object_class = thread->isolate()->well_known(WellKnown::Object);
  switch (site->kind) {
    case SiteKind::RecordToString: {
      std::u16string text = classfile::decode_modified_utf8(site->record->name.substr(site->record->name.rfind('/') + 1));
      size_t dollar = text.rfind(u'$');
      if (dollar != std::u16string::npos) text = text.substr(dollar + 1);
      text += u'[';
      for (size_t i = 0; i < site->components.size(); ++i) {
        if (i > 0) text += u", ";
        text += i < site->component_names.size() ? site->component_names[i] : u"?";
        text += u'=';
        const Field* f = site->components[i];
        if (!append_value(thread, {f->type, nullptr, 0}, read_field(self, f), &text)) return false;
      }
      text += u']';
      Object* s = new_string(thread, text);
      *result = Slot::of_ref(s);
      return s != nullptr;
    }
    case SiteKind::RecordHashCode: {
      Method* hash_code = object_class->find_declared_method("hashCode", "()I");
      int32_t hash = 0;
      for (const Field* f : site->components) {
        Slot v = read_field(self, f);
        int32_t h = 0;
        if (f->is_reference()) {
          if (v.l != nullptr) {
            h = call_virtual(thread, hash_code, {v}).i;
            if (thread->has_pending_exception()) return false;
          }
        } else {
          h = primitive_hash(f->type, v);
        }
        hash = static_cast<int32_t>(static_cast<uint32_t>(hash) * 31u + static_cast<uint32_t>(h));
      }
      *result = Slot::of_int(hash);
      return true;
    }
    default: {
      Object* other = args[1].l;
      bool equal = other != nullptr && other->klass == self->klass;
      Method* equals = object_class->find_declared_method("equals", "(Ljava/lang/Object;)Z");
      for (size_t i = 0; equal && i < site->components.size(); ++i) {
        const Field* f = site->components[i];
        Slot a = read_field(self, f), b = read_field(other, f);
        switch (f->type) {
          case BasicType::Object: case BasicType::Array:
            if (a.l == b.l) break;
            if (a.l == nullptr || b.l == nullptr) { equal = false; break; }
            equal = call_virtual(thread, equals, {a, b}).i != 0;
            if (thread->has_pending_exception()) return false;
            break;
          case BasicType::Float: equal = primitive_hash(BasicType::Float, a) == primitive_hash(BasicType::Float, b); break;
          case BasicType::Double: {
            // Double.compare(a, b) == 0: bitwise after NaN canonicalisation.
            double x = a.d, y = b.d;
            int64_t bx, by;
            if (x != x) bx = 0x7ff8000000000000LL; else std::memcpy(&bx, &x, 8);
            if (y != y) by = 0x7ff8000000000000LL; else std::memcpy(&by, &y, 8);
            equal = bx == by;
            break;
          }
          case BasicType::Long: equal = a.j == b.j; break;
          default: equal = a.i == b.i; break;
        }
      }
      *result = Slot::of_int(equal ? 1 : 0);
      return true;
    }
  }
}

}  // namespace

// --- Public entry points ------------------------------------------------------------------------

CallSite* link_call_site(VMThread* thread, Class* klass, uint16_t cp_index) {
  ConstantPoolCacheEntry& entry = klass->cp_cache[cp_index];
  if (entry.resolved.load(std::memory_order_acquire)) return static_cast<CallSite*>(entry.call_site);

  const classfile::ClassFile& cf = klass->class_file();
  const classfile::Constant& indy = cf.constants[cp_index];
  const classfile::BootstrapMethod& bsm = cf.bootstrap_methods[indy.index1];
  const std::string& name = cf.nat_name(indy.index2);
  const std::string& descriptor = cf.nat_descriptor(indy.index2);
  MethodHandleRef handle = method_handle_at(cf, bsm.method_handle);
  std::string bsm_class = member_class(cf, handle.member_index);
  std::string bsm_name = member_name(cf, handle.member_index);

  auto site = std::make_shared<CallSite>();
  auto d = classfile::parse_method_descriptor(descriptor);
  if (!resolve_types(thread, klass, *d, &site->params, nullptr)) return nullptr;
  site->arg_slots = static_cast<uint16_t>(d->arg_slots);
  site->return_type = d->ret.type;

  bool ok;
  if (bsm_class == "java/lang/invoke/StringConcatFactory" &&
      (bsm_name == "makeConcatWithConstants" || bsm_name == "makeConcat")) {
    site->kind = SiteKind::Concat;
    ok = link_concat(thread, klass, bsm, bsm_name == "makeConcatWithConstants", site.get());
  } else if (bsm_class == "java/lang/invoke/LambdaMetafactory" &&
             (bsm_name == "metafactory" || bsm_name == "altMetafactory")) {
    site->kind = SiteKind::Lambda;
    ok = link_lambda(thread, klass, bsm, bsm_name == "altMetafactory", name, *d, site.get());
  } else if (bsm_class == "java/lang/runtime/ObjectMethods" && bsm_name == "bootstrap") {
    ok = link_record(thread, klass, bsm, name, site.get());
  } else {
    throw_bootstrap_error(thread, "islet: bootstrap method " + bsm_class + "." + bsm_name +
                                      " is not supported yet (full java.lang.invoke arrives in step 2)");
    ok = false;
  }
  if (!ok) return nullptr;
  thread->isolate()->keep_alive(site);
  std::lock_guard<std::mutex> guard(klass->resolution_mutex);
  if (!entry.resolved.load(std::memory_order_relaxed)) {
    entry.call_site = site.get();
    entry.resolved.store(true, std::memory_order_release);
  }
  return static_cast<CallSite*>(entry.call_site);
}

uint16_t call_site_arg_slots(const CallSite* site) { return site->arg_slots; }
BasicType call_site_return_type(const CallSite* site) { return site->return_type; }

bool invoke_call_site(VMThread* thread, CallSite* site, Slot* args, Slot* result) {
  switch (site->kind) {
    case SiteKind::Concat: return run_concat(thread, site, args, result);
    case SiteKind::Lambda: return run_lambda_factory(thread, site, args, result);
    default: return run_record(thread, site, args, result);
  }
}

Slot invoke_lambda_forward(VMThread* thread, Method* method, Slot* args) {
  const LambdaForwardInfo& info = *method->lambda;
  Object* self = args[0].l;
  std::vector<Slot> call_args;
  call_args.reserve(info.impl_params.size() * 2 + 1);
  size_t target = 0;
  auto push = [&](const TypeSlot& from, Slot value) {
    const TypeSlot& to = info.impl_params[target++];
    Slot converted;
    if (!convert(thread, from, to, value, &converted)) return false;
    call_args.push_back(converted);
    if (type_slots(to.type) == 2) call_args.push_back(Slot::zero());
    return true;
  };
  uint32_t capture_slot = 0;
  for (const TypeSlot& c : info.captured) {
    if (!push(c, self->field_at<Slot>(kCaptureBase + 8 * capture_slot))) return Slot::zero();
    capture_slot += static_cast<uint32_t>(type_slots(c.type));
  }
  for (const TypeSlot& p : info.sam_params) {
    if (!push(p, args[1 + p.slot])) return Slot::zero();
  }

  Method* impl = info.implementation;
  Slot value = Slot::zero();
  switch (info.ref_kind) {
    case RefKind::NewInvokeSpecial: {
      if (!ensure_initialized(thread, impl->holder)) return Slot::zero();
      Object* object = new_instance(thread, impl->holder);
      if (object == nullptr) return Slot::zero();
      call_args.insert(call_args.begin(), Slot::of_ref(object));
      call_method(thread, impl, call_args);
      value = Slot::of_ref(object);
      break;
    }
    case RefKind::InvokeStatic:
      if (!ensure_initialized(thread, impl->holder)) return Slot::zero();
      value = call_method(thread, impl, call_args);
      break;
    case RefKind::InvokeSpecial:
      if (call_args[0].l == nullptr) {
        throw_new_no_message(thread, WellKnown::NullPointerException);
        return Slot::zero();
      }
      value = call_method(thread, impl, call_args);
      break;
    default:
      value = call_virtual(thread, impl, call_args);
      break;
  }
  if (thread->has_pending_exception()) return Slot::zero();
  if (info.sam_return.type == BasicType::Void) return Slot::zero();
  Slot converted;
  if (!convert(thread, info.impl_return, info.sam_return, value, &converted)) return Slot::zero();
  return converted;
}

}  // namespace islet::interp
