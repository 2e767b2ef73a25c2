// The natives of org.graalvm.polyglot.NativeBridge: the nfi language behind Context.eval and
// Value's execute/member operations. Every native converts NFI failures into Java exceptions:
// nfi::Error becomes a PolyglotException with the NFI's message, a Java exception thrown by a
// callback is rethrown as it is (Value wraps it as a host PolyglotException).
//
// Threads. A downcall runs on the calling Java thread outside the VM, in a SafeRegion, as JNI
// native methods do: native code may call back into Java on other threads (attached
// automatically if need be), which may need a collection while this thread waits in C code.
// Everything the call needs from Java objects is converted before the region begins (arrays lend
// their elements by address), so nothing inside touches the heap; a callback on this thread
// re-enters the VM for its duration (invocation::ForeignCall).
#include <cstring>
#include <new>
#include <string>

#include "natives/native_registry.hpp"
#include "natives/support.hpp"
#include "polyglot/marshal.hpp"
#include "runtime/allocation.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/isolate.hpp"
#include "runtime/safepoint.hpp"
#include "runtime/strings.hpp"
#include "runtime/vm_thread.hpp"

namespace islet::polyglot {

namespace {

using runtime::ArrayObject;

// The Java Context's native half: one NFI context (libraries, OBJECT handles, closures).
struct PolyglotContext {
  nfi::Context nfi;
};

// Capability bits of a HANDLE (NativeObject.FLAG_*).
enum HandleFlags : int32_t { kExecutable = 1, kPointerFlag = 2, kMembers = 4, kStruct = 8 };

void throw_polyglot_exception(VMThread* thread, PolyglotIsolate& state, const nfi::Error& error) {
  const BridgeClasses& c = state.classes();
  runtime::throw_new(thread, c.polyglot_exception, error.what());
  if (Object* exception = thread->pending_exception();
      exception != nullptr && exception->klass == c.polyglot_exception) {
    exception->field_at<int32_t>(c.polyglot_exception_kind) =
        error.kind() == nfi::Error::Kind::Syntax ? 1 : 0;
  }
}

// Runs `body` with the isolate's state, turning C++ exceptions into the Java exception they
// stand for. Returns `failed` when a Java exception is pending.
template <class R, class Body>
R guarded(VMThread* thread, R failed, Body&& body) {
  std::shared_ptr<PolyglotIsolate> state = PolyglotIsolate::of(thread);
  if (!state) return failed;
  try {
    return body(*state);
  } catch (const JavaThrow& thrown) {
    thread->set_pending_exception(thrown.throwable());
  } catch (const nfi::Error& error) {
    throw_polyglot_exception(thread, *state, error);
  } catch (const std::bad_alloc&) {
    runtime::throw_new(thread, runtime::WellKnown::OutOfMemoryError, "native memory exhausted by the NFI");
  } catch (const std::exception& error) {
    runtime::throw_new(thread, runtime::WellKnown::InternalError, error.what());
  }
  return failed;
}

// Runs an NFI operation that may call native code with the thread outside the VM (see the top
// of the file). Exceptions leave the region on their way out.
template <class Body>
nfi::Value outside_vm(VMThread* thread, Body&& body) {
  runtime::SafeRegion in_native(thread);
  return body();
}

// The arguments of a call as nfi Values; up to eight without touching the C++ heap.
class Arguments {
 public:
  Arguments(const Marshaller& marshaller, Object* array) {
    if (array == nullptr) return;
    ArrayObject* elements = runtime::as_array(array);
    size_ = static_cast<size_t>(elements->length);
    if (size_ > kInline) heap_.reserve(size_);
    for (size_t i = 0; i < size_; ++i) {
      nfi::Value value = marshaller.to_nfi(elements->at<Object*>(static_cast<int32_t>(i)));
      if (size_ > kInline)
        heap_.push_back(std::move(value));
      else
        inline_[i] = std::move(value);
    }
  }
  std::span<const nfi::Value> span() const {
    return size_ > kInline ? std::span<const nfi::Value>(heap_)
                           : std::span<const nfi::Value>(inline_, size_);
  }

 private:
  static constexpr size_t kInline = 8;
  nfi::Value inline_[kInline];
  std::vector<nfi::Value> heap_;
  size_t size_ = 0;
};

Object* java_string_array(VMThread* thread, const std::vector<std::string>& texts) {
  Class* array_class = runtime::array_class_of(thread, thread->isolate()->well_known(runtime::WellKnown::String));
  if (array_class == nullptr) return nullptr;
  ArrayObject* array = runtime::new_array(thread, array_class, static_cast<int32_t>(texts.size()));
  if (array == nullptr) return nullptr;
  for (size_t i = 0; i < texts.size(); ++i) {
    Object* text = runtime::new_string_from_utf8(thread, texts[i]);
    if (text == nullptr) return nullptr;
    array->at<Object*>(static_cast<int32_t>(i)) = text;
  }
  return array;
}

// A symbol from a plain `load` answers "bind" with a signature (text or a signature value),
// the NFI's classic library['f'].bind('(...):...') form.
bool is_symbol_bind(const nfi::Value& receiver, std::string_view name) {
  return receiver.kind() == nfi::Value::Kind::Symbol && name == "bind";
}

nfi::Value bind_symbol(const nfi::Value& symbol, std::span<const nfi::Value> arguments) {
  if (arguments.size() != 1)
    throw nfi::Error(nfi::Error::Kind::Arity,
                     "bind expects 1 argument, got " + std::to_string(arguments.size()));
  const nfi::Value& signature = arguments[0];
  if (signature.kind() == nfi::Value::Kind::Signature)
    return nfi::Value(signature.as_signature().bind(symbol));
  if (!signature.is_string())
    throw nfi::Error(nfi::Error::Kind::ArgumentType,
                     "bind expects a signature, got " + signature.to_string());
  // A symbol binds in its own library's context, whichever context parsed the signature.
  return nfi::Value(nfi::Signature(signature.as_string()).bind(symbol));
}

// --- the natives ---

int64_t new_context(VMThread* thread) {
  return guarded<int64_t>(thread, 0, [](PolyglotIsolate& state) {
    auto* context = new PolyglotContext();
    context->nfi.set_thread_binding(state.thread_binding());  // a TruffleEnv per attached thread
    context->nfi.set_callback_error_handler(
        [gate = state.gate()](std::exception_ptr error) { report_callback_failure(gate, error); });
    return reinterpret_cast<int64_t>(context);
  });
}

void close_context(VMThread*, int64_t context) { delete reinterpret_cast<PolyglotContext*>(context); }

Object* eval(VMThread* thread, Object* owner, int64_t context, Object* source) {
  if (!natives::null_check(thread, source)) return nullptr;
  return guarded<Object*>(thread, nullptr, [&](PolyglotIsolate& state) {
    std::string text = runtime::string_to_utf8(thread, source);
    nfi::Value result = reinterpret_cast<PolyglotContext*>(context)->nfi.eval(text);
    return Marshaller{thread, state, owner}.to_java(result);
  });
}

Object* execute(VMThread* thread, Object* owner, int64_t handle, Object* arguments) {
  return guarded<Object*>(thread, nullptr, [&](PolyglotIsolate& state) {
    Marshaller marshaller{thread, state, owner};
    Arguments values(marshaller, arguments);
    nfi::Value result = outside_vm(thread, [&] { return handle_value(handle).execute(values.span()); });
    return marshaller.to_java(result);
  });
}

Object* invoke_member(VMThread* thread, Object* owner, int64_t handle, Object* name,
                      Object* arguments) {
  if (!natives::null_check(thread, name)) return nullptr;
  return guarded<Object*>(thread, nullptr, [&](PolyglotIsolate& state) {
    Marshaller marshaller{thread, state, owner};
    std::string member = runtime::string_to_utf8(thread, name);
    Arguments values(marshaller, arguments);
    const nfi::Value& receiver = handle_value(handle);
    nfi::Value result = is_symbol_bind(receiver, member)
                            ? bind_symbol(receiver, values.span())
                            : outside_vm(thread, [&] { return receiver.invoke_member(member, values.span()); });
    return marshaller.to_java(result);
  });
}

Object* get_member(VMThread* thread, Object* owner, int64_t handle, Object* name) {
  if (!natives::null_check(thread, name)) return nullptr;
  return guarded<Object*>(thread, nullptr, [&](PolyglotIsolate& state) {
    std::string member = runtime::string_to_utf8(thread, name);
    const nfi::Value& receiver = handle_value(handle);
    if (is_symbol_bind(receiver, member)) {
      nfi::Value symbol = receiver;
      return Marshaller{thread, state, owner}.to_java(
          nfi::Value::function([symbol](std::span<const nfi::Value> arguments) {
            return bind_symbol(symbol, arguments);
          }));
    }
    return Marshaller{thread, state, owner}.to_java(receiver.get_member(member));
  });
}

bool has_member(VMThread* thread, int64_t handle, Object* name) {
  if (!natives::null_check(thread, name)) return false;
  return guarded<bool>(thread, false, [&](PolyglotIsolate&) {
    std::string member = runtime::string_to_utf8(thread, name);
    const nfi::Value& receiver = handle_value(handle);
    return is_symbol_bind(receiver, member) || receiver.has_member(member);
  });
}

Object* member_keys(VMThread* thread, int64_t handle) {
  return guarded<Object*>(thread, nullptr, [&](PolyglotIsolate&) {
    const nfi::Value& receiver = handle_value(handle);
    std::vector<std::string> keys = receiver.kind() == nfi::Value::Kind::Symbol
                                        ? std::vector<std::string>{"bind"}
                                        : receiver.member_keys();
    return java_string_array(thread, keys);
  });
}

int32_t flags(VMThread*, int64_t handle) {
  const nfi::Value& value = handle_value(handle);
  int32_t result = 0;
  if (value.can_execute()) result |= kExecutable;
  if (value.is_pointer()) result |= kPointerFlag;
  if (value.has_members() || value.kind() == nfi::Value::Kind::Symbol) result |= kMembers;
  if (value.kind() == nfi::Value::Kind::Struct) result |= kStruct;
  return result;
}

int64_t as_pointer(VMThread* thread, int64_t handle) {
  return guarded<int64_t>(thread, 0, [&](PolyglotIsolate&) {
    return reinterpret_cast<int64_t>(handle_value(handle).as_pointer());
  });
}

Object* describe(VMThread* thread, int64_t handle) {
  return runtime::new_string_from_utf8(thread, handle_value(handle).to_string());
}

Object* read_string(VMThread* thread, int64_t address) {
  if (address == 0) return nullptr;
  return runtime::new_string_from_utf8(thread, reinterpret_cast<const char*>(address));
}

Object* struct_fields(VMThread* thread, Object* owner, int64_t handle) {
  return guarded<Object*>(thread, nullptr, [&](PolyglotIsolate& state) -> Object* {
    std::span<const nfi::Value> fields = handle_value(handle).fields();
    ArrayObject* array = runtime::new_object_array(thread, state.classes().object_class,
                                                   static_cast<int32_t>(fields.size()));
    if (array == nullptr) return nullptr;
    Marshaller marshaller{thread, state, owner};
    for (size_t i = 0; i < fields.size(); ++i) {
      Object* field = marshaller.to_java(fields[i]);
      if (thread->has_pending_exception()) return nullptr;
      array->at<Object*>(static_cast<int32_t>(i)) = field;
    }
    return array;
  });
}

void free_handle(VMThread*, int64_t handle) { delete &handle_value(handle); }

}  // namespace

}  // namespace islet::polyglot

namespace islet::natives {

namespace {

using namespace islet::polyglot;  // NOLINT: the table below names the natives above
constexpr const char* kBridge = "org/graalvm/polyglot/NativeBridge";
constexpr NativeEntry kPolyglotNatives[] = {
    {kBridge, "newContext0", "()J", adapt<&new_context>()},
    {kBridge, "closeContext0", "(J)V", adapt<&close_context>()},
    {kBridge, "eval0", "(Lorg/graalvm/polyglot/Context;JLjava/lang/String;)Ljava/lang/Object;",
     adapt<&eval>()},
    {kBridge, "execute0", "(Lorg/graalvm/polyglot/Context;J[Ljava/lang/Object;)Ljava/lang/Object;",
     adapt<&execute>()},
    {kBridge, "invokeMember0",
     "(Lorg/graalvm/polyglot/Context;JLjava/lang/String;[Ljava/lang/Object;)Ljava/lang/Object;",
     adapt<&invoke_member>()},
    {kBridge, "getMember0", "(Lorg/graalvm/polyglot/Context;JLjava/lang/String;)Ljava/lang/Object;",
     adapt<&get_member>()},
    {kBridge, "hasMember0", "(JLjava/lang/String;)Z", adapt<&has_member>()},
    {kBridge, "memberKeys0", "(J)[Ljava/lang/String;", adapt<&member_keys>()},
    {kBridge, "flags0", "(J)I", adapt<&flags>()},
    {kBridge, "asPointer0", "(J)J", adapt<&as_pointer>()},
    {kBridge, "describe0", "(J)Ljava/lang/String;", adapt<&describe>()},
    {kBridge, "readString0", "(J)Ljava/lang/String;", adapt<&read_string>()},
    {kBridge, "structFields0", "(Lorg/graalvm/polyglot/Context;J)[Ljava/lang/Object;",
     adapt<&struct_fields>()},
    {kBridge, "free0", "(J)V", adapt<&free_handle>()},
};

}  // namespace

std::pair<const NativeEntry*, size_t> polyglot_natives() {
  return {kPolyglotNatives, std::size(kPolyglotNatives)};
}

}  // namespace islet::natives
