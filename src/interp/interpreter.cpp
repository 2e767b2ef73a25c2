// The bytecode interpreter: one function with hoisted pc/sp/locals, one throw path, dispatch
// chosen by one macro pair (computed goto by default, a plain switch with ISLET_SWITCH_DISPATCH).
// Java-to-Java calls push frames on the thread's Java stack and stay in this loop; natives,
// lambda forwarders and calls from C++ (call_method) nest a C++ activation.
#include "interp/interpreter.hpp"

#include <cmath>
#include <cstring>
#include <limits>
#include <string>

#include "interp/bytecodes.hpp"
#include "interp/frame.hpp"
#include "interp/indy.hpp"
#include "jni/native_link.hpp"
#include "natives/native_registry.hpp"
#include "runtime/allocation.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/isolate.hpp"
#include "runtime/monitor.hpp"
#include "runtime/resolver.hpp"
#include "runtime/strings.hpp"
#include "runtime/vm_thread.hpp"

namespace islet::interp {

using namespace runtime;

namespace {

// --- Operand decoding ------------------------------------------------------------------------

inline uint16_t u2(const uint8_t* p) { return static_cast<uint16_t>((p[0] << 8) | p[1]); }
inline int16_t s2(const uint8_t* p) { return static_cast<int16_t>(u2(p)); }
inline int32_t s4(const uint8_t* p) {
  return static_cast<int32_t>((uint32_t{p[0]} << 24) | (uint32_t{p[1]} << 16) | (uint32_t{p[2]} << 8) | p[3]);
}

// --- Java arithmetic with exact semantics (no C++ undefined behaviour) -----------------------

inline int32_t java_add(int32_t a, int32_t b) { return static_cast<int32_t>(static_cast<uint32_t>(a) + static_cast<uint32_t>(b)); }
inline int32_t java_sub(int32_t a, int32_t b) { return static_cast<int32_t>(static_cast<uint32_t>(a) - static_cast<uint32_t>(b)); }
inline int32_t java_mul(int32_t a, int32_t b) { return static_cast<int32_t>(static_cast<uint32_t>(a) * static_cast<uint32_t>(b)); }
inline int64_t java_add(int64_t a, int64_t b) { return static_cast<int64_t>(static_cast<uint64_t>(a) + static_cast<uint64_t>(b)); }
inline int64_t java_sub(int64_t a, int64_t b) { return static_cast<int64_t>(static_cast<uint64_t>(a) - static_cast<uint64_t>(b)); }
inline int64_t java_mul(int64_t a, int64_t b) { return static_cast<int64_t>(static_cast<uint64_t>(a) * static_cast<uint64_t>(b)); }
// Callers have excluded b == 0; b == -1 is handled here because MIN / -1 overflows in C++.
template <typename T>
inline T java_div(T a, T b) { return b == -1 ? static_cast<T>(-static_cast<std::make_unsigned_t<T>>(a)) : a / b; }
template <typename T>
inline T java_rem(T a, T b) { return b == -1 ? 0 : a % b; }

template <typename I, typename F>
inline I saturating_cast(F value) {
  if (std::isnan(value)) return 0;
  if (value >= static_cast<F>(std::numeric_limits<I>::max())) return std::numeric_limits<I>::max();
  if (value <= static_cast<F>(std::numeric_limits<I>::min())) return std::numeric_limits<I>::min();
  return static_cast<I>(value);
}

template <typename F>
inline int32_t compare_floating(F a, F b, int32_t nan_result) {
  if (a > b) return 1;
  if (a < b) return -1;
  if (a == b) return 0;
  return nan_result;
}

// --- Exceptions raised by bytecodes ----------------------------------------------------------

void throw_npe(VMThread* thread) {
  // No message: NullPointerException.getMessage computes the helpful text from the backtrace.
  throw_new_no_message(thread, WellKnown::NullPointerException);
}

void throw_index_out_of_bounds(VMThread* thread, int32_t index, int32_t length) {
  throw_new(thread, WellKnown::ArrayIndexOutOfBoundsException,
            "Index " + std::to_string(index) + " out of bounds for length " + std::to_string(length));
}

void throw_division_by_zero(VMThread* thread) {
  throw_new(thread, WellKnown::ArithmeticException, "/ by zero");
}

void throw_stack_overflow(VMThread* thread) {
  // The constructor needs a few frames of its own: let it use the reserve zone. If building it
  // overflows again, throw a bare instance (no constructor run, no stack trace).
  if (!thread->enter_stack_reserve()) {
    Class* error_class = thread->isolate()->well_known(WellKnown::StackOverflowError);
    Object* error = error_class ? new_instance(thread, error_class) : nullptr;
    if (error != nullptr) thread->set_pending_exception(error);
    return;
  }
  throw_new_no_message(thread, WellKnown::StackOverflowError);
  thread->leave_stack_reserve();
}

// --- Natives ---------------------------------------------------------------------------------

NativeFunction bind_native(VMThread* thread, Method* method) {
  NativeFunction fn = method->native.load(std::memory_order_acquire);
  if (fn != nullptr) return fn;
  fn = thread->isolate()->natives().find(method->holder->name, method->name, method->descriptor);
  // Not built in: a JNI function of a loaded library (UnsatisfiedLinkError if there is none).
  if (fn == nullptr) fn = jni::link_native(thread, method);
  if (fn == nullptr) return nullptr;
  method->native.store(fn, std::memory_order_release);
  return fn;
}

Object* sync_object_of(Method* method, Slot* locals) {
  return method->is_static() ? method->holder->mirror : locals[0].l;
}

// Calls a native or lambda-forward method whose locals are at `args`, with a native frame on
// the Java stack so that stack traces and (later) local handle scopes see it.
bool call_native(VMThread* thread, Method* method, Slot* args, Slot* result) {
  if (method->kind == MethodKind::LambdaForward) {
    *result = invoke_lambda_forward(thread, method, args);
    return !thread->has_pending_exception();
  }
  NativeFunction fn = bind_native(thread, method);
  if (fn == nullptr) return false;
  auto* frame = reinterpret_cast<Frame*>(args + method->max_locals);
  if (reinterpret_cast<Slot*>(frame + 1) > thread->stack_guard()) {
    throw_stack_overflow(thread);
    return false;
  }
  frame->method = method;
  frame->caller = thread->top_frame();
  frame->locals = args;
  frame->pc = nullptr;
  frame->sp = frame->stack_base();
  frame->locked = nullptr;
  frame->flags = 0;
  thread->set_top_frame(frame);
  if (method->is_synchronized()) {
    frame->locked = sync_object_of(method, args);
    monitor_enter(thread, frame->locked);
  }
  *result = fn(thread, args);
  if (frame->locked != nullptr) {
    Object* pending = thread->take_pending_exception();
    monitor_exit(thread, frame->locked);
    if (pending != nullptr) thread->set_pending_exception(pending);
  }
  thread->set_top_frame(frame->caller);
  return !thread->has_pending_exception();
}

int return_slots(BasicType type) {
  return type == BasicType::Void ? 0 : (type == BasicType::Long || type == BasicType::Double) ? 2 : 1;
}

// Normalises a native's int-typed result to the declared type (natives may return wider ints).
Slot narrow_result(BasicType type, Slot value) {
  switch (type) {
    case BasicType::Boolean: return Slot::of_int(value.i & 1);
    case BasicType::Byte: return Slot::of_int(static_cast<int8_t>(value.i));
    case BasicType::Char: return Slot::of_int(static_cast<uint16_t>(value.i));
    case BasicType::Short: return Slot::of_int(static_cast<int16_t>(value.i));
    default: return value;
  }
}

// The handler in `method` covering `bci` for an exception of class `thrown`, or -1. Resolving a
// catch type can itself fail; then that failure replaces the exception being dispatched.
int32_t find_handler(VMThread* thread, Method* method, uint32_t bci, Object** exception) {
  const classfile::Code& code = *method->info->code;
  for (const classfile::ExceptionHandler& h : code.exception_handlers) {
    if (bci < h.start_pc || bci >= h.end_pc) continue;
    if (h.catch_type == 0) return h.handler_pc;
    Object* pending = thread->take_pending_exception();
    Class* catch_class = resolve_class(thread, method->holder, h.catch_type);
    if (catch_class == nullptr) {
      *exception = thread->pending_exception();  // the resolution error replaces the exception
      continue;
    }
    thread->set_pending_exception(pending);
    if ((*exception)->klass->is_subclass_of(catch_class)) return h.handler_pc;
  }
  return -1;
}

Op quick_getfield(const Field* f) {
  if (f->is_volatile()) return Op::getfield_volatile;
  switch (f->type) {
    case BasicType::Int: case BasicType::Float: return Op::getfield_i;
    case BasicType::Long: case BasicType::Double: return Op::getfield_j;
    case BasicType::Object: case BasicType::Array: return Op::getfield_l;
    case BasicType::Byte: case BasicType::Boolean: return Op::getfield_b;
    case BasicType::Char: return Op::getfield_c;
    default: return Op::getfield_s;
  }
}

Op quick_putfield(const Field* f) {
  if (f->is_volatile()) return Op::putfield_volatile;
  switch (f->type) {
    case BasicType::Int: case BasicType::Float: return Op::putfield_i;
    case BasicType::Long: case BasicType::Double: return Op::putfield_j;
    case BasicType::Object: case BasicType::Array: return Op::putfield_l;
    case BasicType::Byte: return Op::putfield_b;
    case BasicType::Boolean: return Op::putfield_z;
    case BasicType::Char: return Op::putfield_c;
    default: return Op::putfield_s;
  }
}

// Loads a field of any type at `address` onto the stack at `sp`; returns the slots pushed.
// Volatile loads are sequentially consistent (JLS 17.4: volatile accesses form one total order;
// an acquire load could be reordered before an earlier volatile store on weaker machines). On
// x86-64 both are plain loads; every access is atomic, so long/double never tear.
int load_typed(BasicType type, const void* address, Slot* sp, bool is_volatile) {
  auto order = is_volatile ? std::memory_order_seq_cst : std::memory_order_relaxed;
  switch (type) {
    case BasicType::Boolean: case BasicType::Byte:
      sp->i = std::atomic_ref<int8_t>(*static_cast<int8_t*>(const_cast<void*>(address))).load(order); return 1;
    case BasicType::Char:
      sp->i = std::atomic_ref<uint16_t>(*static_cast<uint16_t*>(const_cast<void*>(address))).load(order); return 1;
    case BasicType::Short:
      sp->i = std::atomic_ref<int16_t>(*static_cast<int16_t*>(const_cast<void*>(address))).load(order); return 1;
    case BasicType::Int: case BasicType::Float:
      sp->i = std::atomic_ref<int32_t>(*static_cast<int32_t*>(const_cast<void*>(address))).load(order); return 1;
    case BasicType::Long: case BasicType::Double:
      sp->j = std::atomic_ref<int64_t>(*static_cast<int64_t*>(const_cast<void*>(address))).load(order); return 2;
    default:
      sp->l = std::atomic_ref<Object*>(*static_cast<Object**>(const_cast<void*>(address))).load(order); return 1;
  }
}

// Stores the value at `value` into a field of any type, narrowing as putfield/putstatic require.
void store_typed(BasicType type, void* address, const Slot* value, bool volatile_store) {
  auto order = volatile_store ? std::memory_order_seq_cst : std::memory_order_relaxed;
  switch (type) {
    case BasicType::Boolean: std::atomic_ref<int8_t>(*static_cast<int8_t*>(address)).store(static_cast<int8_t>(value->i & 1), order); break;
    case BasicType::Byte: std::atomic_ref<int8_t>(*static_cast<int8_t*>(address)).store(static_cast<int8_t>(value->i), order); break;
    case BasicType::Char: std::atomic_ref<uint16_t>(*static_cast<uint16_t*>(address)).store(static_cast<uint16_t>(value->i), order); break;
    case BasicType::Short: std::atomic_ref<int16_t>(*static_cast<int16_t*>(address)).store(static_cast<int16_t>(value->i), order); break;
    case BasicType::Int: case BasicType::Float: std::atomic_ref<int32_t>(*static_cast<int32_t*>(address)).store(value->i, order); break;
    case BasicType::Long: case BasicType::Double: std::atomic_ref<int64_t>(*static_cast<int64_t*>(address)).store(value->j, order); break;
    default: std::atomic_ref<Object*>(*static_cast<Object**>(address)).store(value->l, order); break;
  }
}

void* static_address(Field* f) { return &f->holder->statics[f->offset / sizeof(Slot)]; }

// Static slots hold narrow types widened to int, so getstatic of any one-slot type is a copy;
// only stores need narrowing.
bool static_store_needs_narrowing(const Field* f) {
  return f->type == BasicType::Boolean || f->type == BasicType::Byte || f->type == BasicType::Char ||
         f->type == BasicType::Short;
}

ArrayObject* new_multi_array(VMThread* thread, Class* array_class, const int32_t* counts, int dims) {
  ArrayObject* array = new_array(thread, array_class, counts[0]);
  if (array == nullptr || dims == 1) return array;
  for (int32_t i = 0; i < counts[0]; ++i) {
    ArrayObject* sub = new_multi_array(thread, array_class->component, counts + 1, dims - 1);
    if (sub == nullptr) return nullptr;
    array->at<Object*>(i) = sub;
  }
  return array;
}

// Pushes a Class constant or String constant for ldc. False with an exception pending.
bool resolve_ldc_object(VMThread* thread, Class* klass, uint16_t index, Object** out) {
  const classfile::Constant& c = klass->class_file().constants[index];
  if (c.tag == classfile::ConstantTag::String) {
    *out = resolve_string(thread, klass, index);
  } else if (c.tag == classfile::ConstantTag::Class) {
    Class* k = resolve_class(thread, klass, index);
    *out = k ? k->mirror : nullptr;
  } else {
    throw_new(thread, WellKnown::BootstrapMethodError,
              "islet: ldc of constant-pool tag " + std::to_string(static_cast<int>(c.tag)) +
                  " (MethodHandle, MethodType, Dynamic) arrives with java.lang.invoke in step 2");
    return false;
  }
  return *out != nullptr;
}

Slot execute(VMThread* thread, Method* entry_method, Slot* entry_locals);

}  // namespace

// --- Entry from C++ -----------------------------------------------------------------------------

Slot call_method(VMThread* thread, Method* method, std::span<const Slot> args) {
  if (thread->native_stack_exhausted()) {
    throw_stack_overflow(thread);
    return Slot::zero();
  }
  Slot* locals = thread->free_slot();
  if (locals + method->max_locals + kFrameSlots + method->max_stack > thread->stack_guard()) {
    throw_stack_overflow(thread);
    return Slot::zero();
  }
  for (size_t i = 0; i < args.size(); ++i) locals[i] = args[i];
  if (method->kind != MethodKind::Bytecode) {
    if (method->kind == MethodKind::Abstract) {
      throw_new(thread, WellKnown::AbstractMethodError, method->external_name());
      return Slot::zero();
    }
    Slot result = Slot::zero();
    call_native(thread, method, locals, &result);
    return narrow_result(method->return_type, result);
  }
  // execute()'s own C++ frame is not scanned by the collector (see InterpreterFrameScope), and
  // its prologue may have saved our caller's callee-saved registers there: keep a copy here.
  runtime::SavedRegisters registers;
  runtime::capture_registers(&registers);
  Slot result = execute(thread, method, locals);
  asm volatile("" : : "r"(&registers) : "memory");  // the copy stays live across the call
  return result;
}

Slot call_virtual(VMThread* thread, Method* method, std::span<const Slot> args) {
  Object* receiver = args[0].l;
  if (receiver == nullptr) {
    throw_npe(thread);
    return Slot::zero();
  }
  Method* selected = method->holder->is_interface() ? select_interface(thread, receiver->klass, method)
                                                    : select_virtual(thread, receiver->klass, method);
  if (selected == nullptr) return Slot::zero();
  return call_method(thread, selected, args);
}

namespace {

// --- The interpreter loop -----------------------------------------------------------------------

// Other threads may rewrite an instruction to its quick form while this one executes the same
// code: the opcode byte is published with release after the constant-pool cache entry the quick
// form reads, and read with acquire (a plain load on x86-64). A handler that serves several
// opcodes tells them apart by `opcode`, the byte it was dispatched on, never by re-reading *pc.
inline uint8_t load_opcode(const uint8_t* pc) { return __atomic_load_n(pc, __ATOMIC_ACQUIRE); }
inline void quicken(const uint8_t* pc, Op quick) {
  __atomic_store_n(const_cast<uint8_t*>(pc), static_cast<uint8_t>(quick), __ATOMIC_RELEASE);
}

#if defined(ISLET_SWITCH_DISPATCH)
#define vmdispatch(op) switch (static_cast<Op>(op))
#define vmcase(name) case Op::name:
#define vmbreak continue
#define vmdefault default:
#define DISPATCH_LOOP for (;;)
#else
#define vmdispatch(op) goto* kDispatch[op];
#define vmcase(name) L_##name:
#define vmbreak vmdispatch(opcode = load_opcode(pc))
#define vmdefault L_illegal:
#define DISPATCH_LOOP
#endif

// Out of line: the poll's slow path keeps the interpreter loop small.
[[gnu::noinline]] static void stop_at_safepoint(VMThread* thread) { thread->isolate()->safepoints().block(thread); }

// Registers this execute() activation's C++ frame with the thread so the collector skips it.
// Everything the loop holds that matters lives in the Java frames (it saves the operand-stack
// top before anything that can allocate, throw or stop), while its C++ locals keep stale copies
// of long-dead references, which a conservative scan would wrongly keep alive (the more so
// in unoptimized builds, where every case's locals get a stack slot of their own).
class InterpreterFrameScope {
 public:
  // `low` is execute()'s stack pointer after its prologue, `high` the end of its frame (saved
  // frame pointer and return address included).
  InterpreterFrameScope(VMThread* thread, uintptr_t low, uintptr_t high) : thread_(thread) {
    registered_ = low != 0 && low < high;
    if (registered_) thread_->interpreter_frames().push_back({low, high});
  }
  ~InterpreterFrameScope() {
    if (registered_) thread_->interpreter_frames().pop_back();
  }

 private:
  VMThread* thread_;
  bool registered_;
};

Slot execute(VMThread* thread, Method* entry_method, Slot* entry_locals) {
  InterpreterFrameScope frame_scope(thread, runtime::current_stack_pointer(),
                                    reinterpret_cast<uintptr_t>(__builtin_frame_address(0)) + 2 * sizeof(void*));
#if !defined(ISLET_SWITCH_DISPATCH)
  // bytecodes.def lists opcodes 0x00..kLastOpcode in order without gaps; the rest are illegal.
  static void* const kDispatch[256] = {
#define BYTECODE(name, code, length, effect) &&L_##name,
#include "interp/bytecodes.def"
#undef BYTECODE
#define ILLEGAL2 &&L_illegal, &&L_illegal
      ILLEGAL2, ILLEGAL2, ILLEGAL2, ILLEGAL2, ILLEGAL2, ILLEGAL2, ILLEGAL2, ILLEGAL2, ILLEGAL2,
#undef ILLEGAL2
  };
  static_assert(static_cast<int>(Op::ldc_w_class) == 0xed, "update the illegal padding above");
#endif

  Frame* frame = nullptr;
  Method* method = nullptr;
  Class* klass = nullptr;
  ConstantPoolCacheEntry* cache = nullptr;
  const uint8_t* pc = nullptr;
  const uint8_t* code = nullptr;
  Slot* locals = nullptr;
  Slot* sp = nullptr;
  Method* callee = nullptr;
  Slot* args = nullptr;
  Slot result;
  Object* exception = nullptr;

// Saves what a stack walk or a handler search needs before anything that can throw or call out.
#define SAVE_STATE() (frame->pc = pc, frame->sp = sp)
#define LOAD_FRAME()                       \
  do {                                     \
    method = frame->method;                \
    klass = method->holder;                \
    cache = klass->cp_cache.get();         \
    code = method->code.get();             \
    locals = frame->locals;                \
  } while (0)
#define THROW() goto handle_exception
#define CHECK_NULL(ref) \
  do {                  \
    if ((ref) == nullptr) { SAVE_STATE(); throw_npe(thread); THROW(); } \
  } while (0)
#define CHECK_INDEX(array, index)                                    \
  do {                                                               \
    if (static_cast<uint32_t>(index) >= static_cast<uint32_t>((array)->length)) { \
      SAVE_STATE();                                                  \
      throw_index_out_of_bounds(thread, index, (array)->length);     \
      THROW();                                                       \
    }                                                                \
  } while (0)
#define NEXT(n) do { pc += (n); vmbreak; } while (0)
// Backward branches and calls are where a running thread stops for a requested safepoint.
#define POLL_SAFEPOINT()                                                           \
  do {                                                                             \
    if (thread->safepoint_poll_armed()) [[unlikely]] { SAVE_STATE(); stop_at_safepoint(thread); } \
  } while (0)
#define BRANCH(offset)                 \
  do {                                 \
    int32_t branch_offset = (offset);  \
    if (branch_offset <= 0) POLL_SAFEPOINT(); \
    pc += branch_offset;               \
    vmbreak;                           \
  } while (0)

  // Push the entry frame.
  callee = entry_method;
  args = entry_locals;
  {
    auto* new_frame = reinterpret_cast<Frame*>(args + callee->max_locals);
    for (Slot* s = args + callee->arg_slots; s < reinterpret_cast<Slot*>(new_frame); ++s) s->raw = 0;
    new_frame->method = callee;
    new_frame->caller = thread->top_frame();
    new_frame->locals = args;
    new_frame->locked = nullptr;
    new_frame->flags = Frame::kEntryFrame;
    new_frame->pc = callee->code.get();
    new_frame->sp = new_frame->stack_base();
    frame = new_frame;
    thread->set_top_frame(frame);
    LOAD_FRAME();
    pc = code;
    sp = frame->stack_base();
    if (method->is_synchronized()) {
      frame->locked = sync_object_of(method, locals);
      monitor_enter(thread, frame->locked);
    }
  }

  uint8_t opcode;
  DISPATCH_LOOP {
    vmdispatch(opcode = load_opcode(pc)) {
      vmcase(nop) NEXT(1);
      vmcase(aconst_null) { (sp++)->l = nullptr; NEXT(1); }
      vmcase(iconst_m1) { (sp++)->i = -1; NEXT(1); }
      vmcase(iconst_0) { (sp++)->i = 0; NEXT(1); }
      vmcase(iconst_1) { (sp++)->i = 1; NEXT(1); }
      vmcase(iconst_2) { (sp++)->i = 2; NEXT(1); }
      vmcase(iconst_3) { (sp++)->i = 3; NEXT(1); }
      vmcase(iconst_4) { (sp++)->i = 4; NEXT(1); }
      vmcase(iconst_5) { (sp++)->i = 5; NEXT(1); }
      vmcase(lconst_0) { sp->j = 0; sp += 2; NEXT(1); }
      vmcase(lconst_1) { sp->j = 1; sp += 2; NEXT(1); }
      vmcase(fconst_0) { (sp++)->f = 0.0f; NEXT(1); }
      vmcase(fconst_1) { (sp++)->f = 1.0f; NEXT(1); }
      vmcase(fconst_2) { (sp++)->f = 2.0f; NEXT(1); }
      vmcase(dconst_0) { sp->d = 0.0; sp += 2; NEXT(1); }
      vmcase(dconst_1) { sp->d = 1.0; sp += 2; NEXT(1); }
      vmcase(bipush) { (sp++)->i = static_cast<int8_t>(pc[1]); NEXT(2); }
      vmcase(sipush) { (sp++)->i = s2(pc + 1); NEXT(3); }

      vmcase(ldc) vmcase(ldc_w) {
        bool wide_index = opcode == static_cast<uint8_t>(Op::ldc_w);
        uint16_t index = wide_index ? u2(pc + 1) : pc[1];
        const classfile::Constant& c = klass->class_file().constants[index];
        if (c.tag == classfile::ConstantTag::Integer || c.tag == classfile::ConstantTag::Float) {
          (sp++)->i = c.int_value;
        } else {
          SAVE_STATE();
          Object* value;
          if (!resolve_ldc_object(thread, klass, index, &value)) THROW();
          (sp++)->l = value;
          bool is_string = c.tag == classfile::ConstantTag::String;
          Op quick = is_string ? (wide_index ? Op::ldc_w_string : Op::ldc_string)
                               : (wide_index ? Op::ldc_w_class : Op::ldc_class);
          quicken(pc, quick);
        }
        NEXT(wide_index ? 3 : 2);
      }
      vmcase(ldc_string) { (sp++)->l = cache[pc[1]].object; NEXT(2); }
      vmcase(ldc_w_string) { (sp++)->l = cache[u2(pc + 1)].object; NEXT(3); }
      vmcase(ldc_class) { (sp++)->l = cache[pc[1]].klass->mirror; NEXT(2); }
      vmcase(ldc_w_class) { (sp++)->l = cache[u2(pc + 1)].klass->mirror; NEXT(3); }
      vmcase(ldc2_w) {
        const classfile::Constant& c = klass->class_file().constants[u2(pc + 1)];
        sp->j = c.long_value;
        sp += 2;
        NEXT(3);
      }

      vmcase(iload) vmcase(fload) vmcase(aload) { *sp++ = locals[pc[1]]; NEXT(2); }
      vmcase(lload) vmcase(dload) { sp->j = locals[pc[1]].j; sp += 2; NEXT(2); }
      vmcase(iload_0) vmcase(fload_0) vmcase(aload_0) { *sp++ = locals[0]; NEXT(1); }
      vmcase(iload_1) vmcase(fload_1) vmcase(aload_1) { *sp++ = locals[1]; NEXT(1); }
      vmcase(iload_2) vmcase(fload_2) vmcase(aload_2) { *sp++ = locals[2]; NEXT(1); }
      vmcase(iload_3) vmcase(fload_3) vmcase(aload_3) { *sp++ = locals[3]; NEXT(1); }
      vmcase(lload_0) vmcase(dload_0) { sp->j = locals[0].j; sp += 2; NEXT(1); }
      vmcase(lload_1) vmcase(dload_1) { sp->j = locals[1].j; sp += 2; NEXT(1); }
      vmcase(lload_2) vmcase(dload_2) { sp->j = locals[2].j; sp += 2; NEXT(1); }
      vmcase(lload_3) vmcase(dload_3) { sp->j = locals[3].j; sp += 2; NEXT(1); }

      vmcase(istore) vmcase(fstore) vmcase(astore) { locals[pc[1]] = *--sp; NEXT(2); }
      vmcase(lstore) vmcase(dstore) { sp -= 2; locals[pc[1]].j = sp->j; NEXT(2); }
      vmcase(istore_0) vmcase(fstore_0) vmcase(astore_0) { locals[0] = *--sp; NEXT(1); }
      vmcase(istore_1) vmcase(fstore_1) vmcase(astore_1) { locals[1] = *--sp; NEXT(1); }
      vmcase(istore_2) vmcase(fstore_2) vmcase(astore_2) { locals[2] = *--sp; NEXT(1); }
      vmcase(istore_3) vmcase(fstore_3) vmcase(astore_3) { locals[3] = *--sp; NEXT(1); }
      vmcase(lstore_0) vmcase(dstore_0) { sp -= 2; locals[0].j = sp->j; NEXT(1); }
      vmcase(lstore_1) vmcase(dstore_1) { sp -= 2; locals[1].j = sp->j; NEXT(1); }
      vmcase(lstore_2) vmcase(dstore_2) { sp -= 2; locals[2].j = sp->j; NEXT(1); }
      vmcase(lstore_3) vmcase(dstore_3) { sp -= 2; locals[3].j = sp->j; NEXT(1); }

#define ARRAY_LOAD(name, type, member, slots)                  \
  vmcase(name) {                                              \
    auto* array = as_array(sp[-2].l);                         \
    int32_t index = sp[-1].i;                                 \
    CHECK_NULL(array);                                        \
    CHECK_INDEX(array, index);                                \
    sp -= 2;                                                  \
    sp->member = array->at<type>(index);                      \
    sp += slots;                                              \
    NEXT(1);                                                  \
  }
      ARRAY_LOAD(iaload, int32_t, i, 1)
      ARRAY_LOAD(laload, int64_t, j, 2)
      ARRAY_LOAD(faload, float, f, 1)
      ARRAY_LOAD(daload, double, d, 2)
      ARRAY_LOAD(aaload, Object*, l, 1)
      ARRAY_LOAD(baload, int8_t, i, 1)
      ARRAY_LOAD(caload, uint16_t, i, 1)
      ARRAY_LOAD(saload, int16_t, i, 1)
#undef ARRAY_LOAD

#define ARRAY_STORE(name, type, value_expr, slots)            \
  vmcase(name) {                                              \
    auto* array = as_array(sp[-2 - slots].l);                 \
    int32_t index = sp[-1 - slots].i;                         \
    CHECK_NULL(array);                                        \
    CHECK_INDEX(array, index);                                \
    Slot* value = sp - slots;                                 \
    (void)value;                                              \
    array->at<type>(index) = value_expr;                      \
    sp -= 2 + slots;                                          \
    NEXT(1);                                                  \
  }
      ARRAY_STORE(iastore, int32_t, value->i, 1)
      ARRAY_STORE(lastore, int64_t, value->j, 2)
      ARRAY_STORE(fastore, float, value->f, 1)
      ARRAY_STORE(dastore, double, value->d, 2)
      ARRAY_STORE(castore, uint16_t, static_cast<uint16_t>(value->i), 1)
      ARRAY_STORE(sastore, int16_t, static_cast<int16_t>(value->i), 1)
      ARRAY_STORE(bastore, int8_t,
                  static_cast<int8_t>(array->klass->element_type == BasicType::Boolean ? (value->i & 1) : value->i), 1)
#undef ARRAY_STORE
      vmcase(aastore) {
        auto* array = as_array(sp[-3].l);
        int32_t index = sp[-2].i;
        Object* value = sp[-1].l;
        CHECK_NULL(array);
        CHECK_INDEX(array, index);
        if (value != nullptr && !value->klass->is_subclass_of(array->klass->component)) {
          SAVE_STATE();
          throw_new(thread, WellKnown::ArrayStoreException, value->klass->external_name());
          THROW();
        }
        array->at<Object*>(index) = value;
        sp -= 3;
        NEXT(1);
      }

      vmcase(pop) { --sp; NEXT(1); }
      vmcase(pop2) { sp -= 2; NEXT(1); }
      vmcase(dup) { *sp = sp[-1]; ++sp; NEXT(1); }
      vmcase(dup_x1) { Slot v1 = sp[-1]; sp[-1] = sp[-2]; sp[-2] = v1; *sp++ = v1; NEXT(1); }
      vmcase(dup_x2) {
        Slot v1 = sp[-1];
        sp[-1] = sp[-2];
        sp[-2] = sp[-3];
        sp[-3] = v1;
        *sp++ = v1;
        NEXT(1);
      }
      vmcase(dup2) { sp[0] = sp[-2]; sp[1] = sp[-1]; sp += 2; NEXT(1); }
      vmcase(dup2_x1) {
        Slot v1 = sp[-1], v2 = sp[-2], v3 = sp[-3];
        sp[-3] = v2; sp[-2] = v1; sp[-1] = v3; sp[0] = v2; sp[1] = v1;
        sp += 2;
        NEXT(1);
      }
      vmcase(dup2_x2) {
        Slot v1 = sp[-1], v2 = sp[-2], v3 = sp[-3], v4 = sp[-4];
        sp[-4] = v2; sp[-3] = v1; sp[-2] = v4; sp[-1] = v3; sp[0] = v2; sp[1] = v1;
        sp += 2;
        NEXT(1);
      }
      vmcase(swap) { Slot t = sp[-1]; sp[-1] = sp[-2]; sp[-2] = t; NEXT(1); }

#define INT_BINARY(name, expr) vmcase(name) { int32_t b = sp[-1].i, a = sp[-2].i; --sp; sp[-1].i = (expr); NEXT(1); }
#define LONG_BINARY(name, expr) vmcase(name) { int64_t b = sp[-2].j, a = sp[-4].j; sp -= 2; sp[-2].j = (expr); NEXT(1); }
#define FLOAT_BINARY(name, expr) vmcase(name) { float b = sp[-1].f, a = sp[-2].f; --sp; sp[-1].f = (expr); NEXT(1); }
#define DOUBLE_BINARY(name, expr) vmcase(name) { double b = sp[-2].d, a = sp[-4].d; sp -= 2; sp[-2].d = (expr); NEXT(1); }
      INT_BINARY(iadd, java_add(a, b))
      INT_BINARY(isub, java_sub(a, b))
      INT_BINARY(imul, java_mul(a, b))
      INT_BINARY(iand, a & b)
      INT_BINARY(ior, a | b)
      INT_BINARY(ixor, a ^ b)
      INT_BINARY(ishl, static_cast<int32_t>(static_cast<uint32_t>(a) << (b & 31)))
      INT_BINARY(ishr, a >> (b & 31))
      INT_BINARY(iushr, static_cast<int32_t>(static_cast<uint32_t>(a) >> (b & 31)))
      LONG_BINARY(ladd, java_add(a, b))
      LONG_BINARY(lsub, java_sub(a, b))
      LONG_BINARY(lmul, java_mul(a, b))
      LONG_BINARY(land, a & b)
      LONG_BINARY(lor, a | b)
      LONG_BINARY(lxor, a ^ b)
      FLOAT_BINARY(fadd, a + b)
      FLOAT_BINARY(fsub, a - b)
      FLOAT_BINARY(fmul, a * b)
      FLOAT_BINARY(fdiv, a / b)
      FLOAT_BINARY(frem, std::fmod(a, b))
      DOUBLE_BINARY(dadd, a + b)
      DOUBLE_BINARY(dsub, a - b)
      DOUBLE_BINARY(dmul, a * b)
      DOUBLE_BINARY(ddiv, a / b)
      DOUBLE_BINARY(drem, std::fmod(a, b))
#undef INT_BINARY
#undef LONG_BINARY
#undef FLOAT_BINARY
#undef DOUBLE_BINARY
      vmcase(idiv) vmcase(irem) {
        int32_t b = sp[-1].i, a = sp[-2].i;
        if (b == 0) { SAVE_STATE(); throw_division_by_zero(thread); THROW(); }
        --sp;
        sp[-1].i = opcode == static_cast<uint8_t>(Op::idiv) ? java_div(a, b) : java_rem(a, b);
        NEXT(1);
      }
      vmcase(ldiv) vmcase(lrem) {
        int64_t b = sp[-2].j, a = sp[-4].j;
        if (b == 0) { SAVE_STATE(); throw_division_by_zero(thread); THROW(); }
        sp -= 2;
        sp[-2].j = opcode == static_cast<uint8_t>(Op::ldiv) ? java_div(a, b) : java_rem(a, b);
        NEXT(1);
      }
      vmcase(lshl) { int32_t b = sp[-1].i; --sp; sp[-2].j = static_cast<int64_t>(static_cast<uint64_t>(sp[-2].j) << (b & 63)); NEXT(1); }
      vmcase(lshr) { int32_t b = sp[-1].i; --sp; sp[-2].j = sp[-2].j >> (b & 63); NEXT(1); }
      vmcase(lushr) { int32_t b = sp[-1].i; --sp; sp[-2].j = static_cast<int64_t>(static_cast<uint64_t>(sp[-2].j) >> (b & 63)); NEXT(1); }
      vmcase(ineg) { sp[-1].i = java_sub(0, sp[-1].i); NEXT(1); }
      vmcase(lneg) { sp[-2].j = java_sub(int64_t{0}, sp[-2].j); NEXT(1); }
      vmcase(fneg) { sp[-1].f = -sp[-1].f; NEXT(1); }
      vmcase(dneg) { sp[-2].d = -sp[-2].d; NEXT(1); }
      vmcase(iinc) { locals[pc[1]].i = java_add(locals[pc[1]].i, static_cast<int32_t>(static_cast<int8_t>(pc[2]))); NEXT(3); }

      vmcase(i2l) { sp[-1].j = sp[-1].i; ++sp; NEXT(1); }
      vmcase(i2f) { sp[-1].f = static_cast<float>(sp[-1].i); NEXT(1); }
      vmcase(i2d) { sp[-1].d = static_cast<double>(sp[-1].i); ++sp; NEXT(1); }
      vmcase(l2i) { --sp; sp[-1].i = static_cast<int32_t>(sp[-1].j); NEXT(1); }
      vmcase(l2f) { --sp; sp[-1].f = static_cast<float>(sp[-1].j); NEXT(1); }
      vmcase(l2d) { sp[-2].d = static_cast<double>(sp[-2].j); NEXT(1); }
      vmcase(f2i) { sp[-1].i = saturating_cast<int32_t>(sp[-1].f); NEXT(1); }
      vmcase(f2l) { sp[-1].j = saturating_cast<int64_t>(sp[-1].f); ++sp; NEXT(1); }
      vmcase(f2d) { sp[-1].d = static_cast<double>(sp[-1].f); ++sp; NEXT(1); }
      vmcase(d2i) { --sp; sp[-1].i = saturating_cast<int32_t>(sp[-1].d); NEXT(1); }
      vmcase(d2l) { sp[-2].j = saturating_cast<int64_t>(sp[-2].d); NEXT(1); }
      vmcase(d2f) { --sp; sp[-1].f = static_cast<float>(sp[-1].d); NEXT(1); }
      vmcase(i2b) { sp[-1].i = static_cast<int8_t>(sp[-1].i); NEXT(1); }
      vmcase(i2c) { sp[-1].i = static_cast<uint16_t>(sp[-1].i); NEXT(1); }
      vmcase(i2s) { sp[-1].i = static_cast<int16_t>(sp[-1].i); NEXT(1); }

      vmcase(lcmp) {
        int64_t b = sp[-2].j, a = sp[-4].j;
        sp -= 3;
        sp[-1].i = a > b ? 1 : (a < b ? -1 : 0);
        NEXT(1);
      }
      vmcase(fcmpl) { float b = sp[-1].f, a = sp[-2].f; --sp; sp[-1].i = compare_floating(a, b, -1); NEXT(1); }
      vmcase(fcmpg) { float b = sp[-1].f, a = sp[-2].f; --sp; sp[-1].i = compare_floating(a, b, 1); NEXT(1); }
      vmcase(dcmpl) { double b = sp[-2].d, a = sp[-4].d; sp -= 3; sp[-1].i = compare_floating(a, b, -1); NEXT(1); }
      vmcase(dcmpg) { double b = sp[-2].d, a = sp[-4].d; sp -= 3; sp[-1].i = compare_floating(a, b, 1); NEXT(1); }

#define IF_ZERO(name, op) vmcase(name) { int32_t v = (--sp)->i; if (v op 0) BRANCH(s2(pc + 1)); NEXT(3); }
#define IF_CMP(name, op) vmcase(name) { int32_t b = sp[-1].i, a = sp[-2].i; sp -= 2; if (a op b) BRANCH(s2(pc + 1)); NEXT(3); }
      IF_ZERO(ifeq, ==)
      IF_ZERO(ifne, !=)
      IF_ZERO(iflt, <)
      IF_ZERO(ifge, >=)
      IF_ZERO(ifgt, >)
      IF_ZERO(ifle, <=)
      IF_CMP(if_icmpeq, ==)
      IF_CMP(if_icmpne, !=)
      IF_CMP(if_icmplt, <)
      IF_CMP(if_icmpge, >=)
      IF_CMP(if_icmpgt, >)
      IF_CMP(if_icmple, <=)
#undef IF_ZERO
#undef IF_CMP
      vmcase(if_acmpeq) { Object* b = sp[-1].l; Object* a = sp[-2].l; sp -= 2; if (a == b) BRANCH(s2(pc + 1)); NEXT(3); }
      vmcase(if_acmpne) { Object* b = sp[-1].l; Object* a = sp[-2].l; sp -= 2; if (a != b) BRANCH(s2(pc + 1)); NEXT(3); }
      vmcase(ifnull) { Object* v = (--sp)->l; if (v == nullptr) BRANCH(s2(pc + 1)); NEXT(3); }
      vmcase(ifnonnull) { Object* v = (--sp)->l; if (v != nullptr) BRANCH(s2(pc + 1)); NEXT(3); }
      vmcase(goto_) BRANCH(s2(pc + 1));
      vmcase(goto_w) BRANCH(s4(pc + 1));
      vmcase(jsr) { (sp++)->i = static_cast<int32_t>(pc + 3 - code); BRANCH(s2(pc + 1)); }
      vmcase(jsr_w) { (sp++)->i = static_cast<int32_t>(pc + 5 - code); BRANCH(s4(pc + 1)); }
      vmcase(ret) { pc = code + locals[pc[1]].i; vmbreak; }

      vmcase(tableswitch) {
        const uint8_t* p = code + ((pc - code + 4) & ~3);
        int32_t key = (--sp)->i;
        int32_t low = s4(p + 4), high = s4(p + 8);
        if (key < low || key > high) BRANCH(s4(p));
        BRANCH(s4(p + 12 + 4 * static_cast<int64_t>(static_cast<int64_t>(key) - low)));
      }
      vmcase(lookupswitch) {
        const uint8_t* p = code + ((pc - code + 4) & ~3);
        int32_t key = (--sp)->i;
        int32_t pairs = s4(p + 4);
        int32_t lo = 0, hi = pairs - 1;
        while (lo <= hi) {
          int32_t mid = lo + (hi - lo) / 2;
          int32_t match = s4(p + 8 + 8 * mid);
          if (match == key) BRANCH(s4(p + 12 + 8 * mid));
          if (match < key) lo = mid + 1; else hi = mid - 1;
        }
        BRANCH(s4(p));
      }

      vmcase(ireturn) vmcase(freturn) vmcase(areturn) { result = sp[-1]; goto do_return; }
      vmcase(lreturn) vmcase(dreturn) { result = sp[-2]; goto do_return; }
      vmcase(return_) {
        // Constructors end here: a release fence publishes final fields before the new object
        // can be stored anywhere (JLS 17.5). x86-64 keeps stores in order, so there only the
        // compiler must not move them (which also keeps the fence out of ThreadSanitizer's way).
#if defined(__x86_64__)
        std::atomic_signal_fence(std::memory_order_release);
#else
        std::atomic_thread_fence(std::memory_order_release);
#endif
        result = Slot::zero();
        goto do_return;
      }

      // --- Fields --------------------------------------------------------------------------
      vmcase(getstatic) vmcase(putstatic) {
        bool is_get = opcode == static_cast<uint8_t>(Op::getstatic);
        SAVE_STATE();
        Field* f = resolve_field(thread, klass, u2(pc + 1), true);
        if (f == nullptr || !ensure_initialized(thread, f->holder)) THROW();
        // Quicken only once the class is fully initialized: until then every access must go
        // through the initialization check (another thread may be running <clinit>).
        if (f->holder->is_initialized()) {
          Op quick;
          if (f->is_volatile()) quick = is_get ? Op::getstatic_volatile : Op::putstatic_volatile;
          // Narrow statics are stored in their own width (store_typed), so reads must sign- or
          // zero-extend them: the raw-slot copy of getstatic_1 is only right for int/float/refs.
          else if (is_get && static_store_needs_narrowing(f)) quick = Op::getstatic_volatile;
          else if (is_get) quick = return_slots(f->type) == 2 ? Op::getstatic_2 : Op::getstatic_1;
          else if (static_store_needs_narrowing(f)) quick = Op::putstatic_volatile;
          else quick = return_slots(f->type) == 2 ? Op::putstatic_2 : Op::putstatic_1;
          quicken(pc, quick);
        }
        if (is_get) {
          sp += load_typed(f->type, static_address(f), sp, f->is_volatile());
        } else {
          sp -= return_slots(f->type);
          store_typed(f->type, static_address(f), sp, f->is_volatile());
        }
        NEXT(3);
      }
      vmcase(getstatic_1) { *sp++ = *static_cast<Slot*>(static_address(cache[u2(pc + 1)].field)); NEXT(3); }
      vmcase(getstatic_2) { sp->j = static_cast<Slot*>(static_address(cache[u2(pc + 1)].field))->j; sp += 2; NEXT(3); }
      vmcase(putstatic_1) { *static_cast<Slot*>(static_address(cache[u2(pc + 1)].field)) = *--sp; NEXT(3); }
      vmcase(putstatic_2) { sp -= 2; static_cast<Slot*>(static_address(cache[u2(pc + 1)].field))->j = sp->j; NEXT(3); }
      vmcase(getstatic_volatile) {  // also non-volatile narrow statics, which need extending
        Field* f = cache[u2(pc + 1)].field;
        sp += load_typed(f->type, static_address(f), sp, f->is_volatile());
        NEXT(3);
      }
      vmcase(putstatic_volatile) {
        Field* f = cache[u2(pc + 1)].field;
        sp -= return_slots(f->type);
        store_typed(f->type, static_address(f), sp, f->is_volatile());
        NEXT(3);
      }

      vmcase(getfield) vmcase(putfield) {
        bool is_get = opcode == static_cast<uint8_t>(Op::getfield);
        SAVE_STATE();
        Field* f = resolve_field(thread, klass, u2(pc + 1), false);
        if (f == nullptr) THROW();
        quicken(pc, is_get ? quick_getfield(f) : quick_putfield(f));
        vmbreak;  // execute the quickened form
      }
#define GETFIELD(name, type, member, slots)                     \
  vmcase(name) {                                               \
    Object* object = sp[-1].l;                                 \
    CHECK_NULL(object);                                        \
    sp[-1].member = object->field_at<type>(cache[u2(pc + 1)].field->offset); \
    sp += slots - 1;                                           \
    NEXT(3);                                                   \
  }
      GETFIELD(getfield_i, int32_t, i, 1)
      GETFIELD(getfield_j, int64_t, j, 2)
      GETFIELD(getfield_l, Object*, l, 1)
      GETFIELD(getfield_b, int8_t, i, 1)
      GETFIELD(getfield_c, uint16_t, i, 1)
      GETFIELD(getfield_s, int16_t, i, 1)
#undef GETFIELD
#define PUTFIELD(name, type, value_expr, slots)                \
  vmcase(name) {                                               \
    Object* object = sp[-1 - slots].l;                         \
    CHECK_NULL(object);                                        \
    Slot* value = sp - slots;                                  \
    object->field_at<type>(cache[u2(pc + 1)].field->offset) = value_expr; \
    sp -= 1 + slots;                                           \
    NEXT(3);                                                   \
  }
      PUTFIELD(putfield_i, int32_t, value->i, 1)
      PUTFIELD(putfield_j, int64_t, value->j, 2)
      PUTFIELD(putfield_l, Object*, value->l, 1)
      PUTFIELD(putfield_b, int8_t, static_cast<int8_t>(value->i), 1)
      PUTFIELD(putfield_z, int8_t, static_cast<int8_t>(value->i & 1), 1)
      PUTFIELD(putfield_c, uint16_t, static_cast<uint16_t>(value->i), 1)
      PUTFIELD(putfield_s, int16_t, static_cast<int16_t>(value->i), 1)
#undef PUTFIELD
      vmcase(getfield_volatile) {
        Field* f = cache[u2(pc + 1)].field;
        Object* object = sp[-1].l;
        CHECK_NULL(object);
        --sp;
        sp += load_typed(f->type, &object->field_at<char>(f->offset), sp, true);
        NEXT(3);
      }
      vmcase(putfield_volatile) {
        Field* f = cache[u2(pc + 1)].field;
        int slots = return_slots(f->type);
        Object* object = sp[-1 - slots].l;
        CHECK_NULL(object);
        store_typed(f->type, &object->field_at<char>(f->offset), sp - slots, true);
        sp -= 1 + slots;
        NEXT(3);
      }

      // --- Invocation ----------------------------------------------------------------------
      vmcase(invokevirtual) {
        SAVE_STATE();
        Method* resolved = resolve_method(thread, klass, u2(pc + 1), InvokeKind::Virtual);
        if (resolved == nullptr) THROW();
        Op quick = Op::invokevirtual_vtable;
        if (resolved->holder->is_interface()) quick = Op::invokeinterface;  // default via class type
        else if (resolved->is_final() || resolved->is_private() || (resolved->holder->access_flags & access::kFinal) ||
                 resolved->vtable_index < 0) quick = Op::invokevirtual_direct;
        if (quick == Op::invokeinterface) {
          // Dispatch like invokeinterface without rewriting (the instruction length differs).
          args = sp - resolved->arg_slots;
          CHECK_NULL(args[0].l);
          callee = select_virtual(thread, args[0].l->klass, resolved);
          if (callee == nullptr) THROW();
          goto invoke;
        }
        quicken(pc, quick);
        vmbreak;
      }
      vmcase(invokevirtual_vtable) {
        Method* resolved = cache[u2(pc + 1)].method;
        args = sp - resolved->arg_slots;
        CHECK_NULL(args[0].l);
        callee = args[0].l->klass->vtable[static_cast<size_t>(resolved->vtable_index)];
        if (callee->kind == MethodKind::Abstract) {
          SAVE_STATE();
          if (select_virtual(thread, args[0].l->klass, resolved) == nullptr) THROW();
        }
        goto invoke;
      }
      vmcase(invokevirtual_direct) {
        callee = cache[u2(pc + 1)].method;
        args = sp - callee->arg_slots;
        CHECK_NULL(args[0].l);
        goto invoke;
      }
      vmcase(invokespecial) {
        SAVE_STATE();
        Method* resolved = resolve_method(thread, klass, u2(pc + 1), InvokeKind::Special);
        if (resolved == nullptr) THROW();
        // JVMS invokespecial: a non-initializer method of a superclass is looked up again from
        // the current class's direct superclass (ACC_SUPER semantics, always on since Java 8).
        Method* selected = resolved;
        if (!resolved->is_initializer() && !resolved->holder->is_interface() && klass->super != nullptr &&
            resolved->holder != klass && klass->is_subclass_of(resolved->holder)) {
          selected = lookup_method_in_classes(klass->super, resolved->name, resolved->descriptor);
          if (selected == nullptr) selected = resolved;
        }
        if (selected->is_abstract()) {
          throw_new(thread, WellKnown::AbstractMethodError, selected->external_name());
          THROW();
        }
        if (selected == resolved) {
          quicken(pc, Op::invokespecial_direct);
        }
        callee = selected;
        args = sp - callee->arg_slots;
        CHECK_NULL(args[0].l);
        goto invoke;
      }
      vmcase(invokespecial_direct) {
        callee = cache[u2(pc + 1)].method;
        args = sp - callee->arg_slots;
        CHECK_NULL(args[0].l);
        goto invoke;
      }
      vmcase(invokestatic) {
        SAVE_STATE();
        Method* resolved = resolve_method(thread, klass, u2(pc + 1), InvokeKind::Static);
        if (resolved == nullptr || !ensure_initialized(thread, resolved->holder)) THROW();
        if (resolved->holder->is_initialized()) {
          quicken(pc, Op::invokestatic_direct);
        }
        callee = resolved;
        args = sp - callee->arg_slots;
        goto invoke;
      }
      vmcase(invokestatic_direct) {
        callee = cache[u2(pc + 1)].method;
        args = sp - callee->arg_slots;
        goto invoke;
      }
      vmcase(invokeinterface) {
        SAVE_STATE();
        Method* resolved = resolve_method(thread, klass, u2(pc + 1), InvokeKind::Interface);
        if (resolved == nullptr) THROW();
        quicken(pc, Op::invokeinterface_itable);
        vmbreak;
      }
      vmcase(invokeinterface_itable) {
        Method* resolved = cache[u2(pc + 1)].method;
        args = sp - resolved->arg_slots;
        CHECK_NULL(args[0].l);
        Class* receiver = args[0].l->klass;
        callee = resolved->holder->is_interface() && !resolved->is_private() ? receiver->itable_lookup(resolved)
                                                                             : nullptr;
        if (callee == nullptr) {
          SAVE_STATE();
          callee = select_interface(thread, receiver, resolved);
          if (callee == nullptr) THROW();
        }
        goto invoke;
      }
      vmcase(invokedynamic) {
        SAVE_STATE();
        uint16_t index = u2(pc + 1);
        if (link_call_site(thread, klass, index) == nullptr) THROW();
        quicken(pc, Op::invokedynamic_linked);
        vmbreak;
      }
      vmcase(invokedynamic_linked) {
        auto* site = static_cast<CallSite*>(cache[u2(pc + 1)].call_site);
        args = sp - call_site_arg_slots(site);
        SAVE_STATE();
        Slot value;
        if (!invoke_call_site(thread, site, args, &value)) THROW();
        sp = args;
        *sp = value;
        sp += return_slots(call_site_return_type(site));
        NEXT(5);
      }

      // --- Objects and arrays ---------------------------------------------------------------
      vmcase(new_) {
        SAVE_STATE();
        Class* k = resolve_class(thread, klass, u2(pc + 1));
        if (k == nullptr) THROW();
        if (k->is_interface() || k->is_abstract()) {
          throw_new(thread, WellKnown::InstantiationError, k->external_name());
          THROW();
        }
        if (!ensure_initialized(thread, k)) THROW();
        if (k->is_initialized()) quicken(pc, Op::new_initialized);
        Object* object = new_instance(thread, k);
        if (object == nullptr) THROW();
        (sp++)->l = object;
        NEXT(3);
      }
      vmcase(new_initialized) {
        SAVE_STATE();
        Object* object = new_instance(thread, cache[u2(pc + 1)].klass);
        if (object == nullptr) THROW();
        (sp++)->l = object;
        NEXT(3);
      }
      vmcase(newarray) {
        SAVE_STATE();
        static constexpr BasicType kTypes[] = {BasicType::Boolean, BasicType::Char, BasicType::Float,
                                               BasicType::Double, BasicType::Byte, BasicType::Short,
                                               BasicType::Int, BasicType::Long};
        ArrayObject* array = new_primitive_array(thread, kTypes[pc[1] - 4], sp[-1].i);
        if (array == nullptr) THROW();
        sp[-1].l = array;
        NEXT(2);
      }
      vmcase(anewarray) {
        SAVE_STATE();
        Class* k = resolve_class(thread, klass, u2(pc + 1));
        if (k == nullptr) THROW();
        quicken(pc, Op::anewarray_resolved);
        vmbreak;
      }
      vmcase(anewarray_resolved) {
        SAVE_STATE();
        ArrayObject* array = new_object_array(thread, cache[u2(pc + 1)].klass, sp[-1].i);
        if (array == nullptr) THROW();
        sp[-1].l = array;
        NEXT(3);
      }
      vmcase(multianewarray) {
        SAVE_STATE();
        Class* k = resolve_class(thread, klass, u2(pc + 1));
        if (k == nullptr) THROW();
        int dims = pc[3];
        int32_t counts[255];
        for (int i = 0; i < dims; ++i) {
          counts[i] = sp[i - dims].i;
          if (counts[i] < 0) {
            throw_new(thread, WellKnown::NegativeArraySizeException, std::to_string(counts[i]));
            THROW();
          }
        }
        ArrayObject* array = new_multi_array(thread, k, counts, dims);
        if (array == nullptr) THROW();
        sp -= dims;
        (sp++)->l = array;
        NEXT(4);
      }
      vmcase(arraylength) {
        auto* array = as_array(sp[-1].l);
        CHECK_NULL(array);
        sp[-1].i = array->length;
        NEXT(1);
      }
      vmcase(athrow) {
        Object* thrown = sp[-1].l;
        CHECK_NULL(thrown);
        SAVE_STATE();
        thread->set_pending_exception(thrown);
        THROW();
      }
      vmcase(checkcast) vmcase(instanceof) {
        bool is_cast = opcode == static_cast<uint8_t>(Op::checkcast);
        SAVE_STATE();
        if (resolve_class(thread, klass, u2(pc + 1)) == nullptr) THROW();
        quicken(pc, is_cast ? Op::checkcast_resolved : Op::instanceof_resolved);
        vmbreak;
      }
      vmcase(checkcast_resolved) {
        Object* object = sp[-1].l;
        Class* target = cache[u2(pc + 1)].klass;
        if (object != nullptr && !object->klass->is_subclass_of(target)) {
          SAVE_STATE();
          throw_new(thread, WellKnown::ClassCastException, class_cast_message(object->klass, target));
          THROW();
        }
        NEXT(3);
      }
      vmcase(instanceof_resolved) {
        Object* object = sp[-1].l;
        sp[-1].i = object != nullptr && object->klass->is_subclass_of(cache[u2(pc + 1)].klass);
        NEXT(3);
      }
      vmcase(monitorenter) {
        Object* object = sp[-1].l;
        CHECK_NULL(object);
        SAVE_STATE();
        if (!monitor_enter(thread, object)) THROW();
        --sp;
        NEXT(1);
      }
      vmcase(monitorexit) {
        Object* object = sp[-1].l;
        CHECK_NULL(object);
        SAVE_STATE();
        if (!monitor_exit(thread, object)) THROW();
        --sp;
        NEXT(1);
      }
      vmcase(wide) {
        uint8_t op = pc[1];
        uint16_t index = u2(pc + 2);
        switch (static_cast<Op>(op)) {
          case Op::iload: case Op::fload: case Op::aload: *sp++ = locals[index]; break;
          case Op::lload: case Op::dload: sp->j = locals[index].j; sp += 2; break;
          case Op::istore: case Op::fstore: case Op::astore: locals[index] = *--sp; break;
          case Op::lstore: case Op::dstore: sp -= 2; locals[index].j = sp->j; break;
          case Op::ret: pc = code + locals[index].i; vmbreak;
          case Op::iinc:
            locals[index].i = java_add(locals[index].i, static_cast<int32_t>(s2(pc + 4)));
            NEXT(6);
          default: goto illegal_instruction;
        }
        NEXT(4);
      }
      vmcase(breakpoint)
      vmdefault
      illegal_instruction: {
        SAVE_STATE();
        throw_new(thread, WellKnown::VerifyError,
                  "Illegal instruction " + std::to_string(opcode) + " in method " + method->external_name());
        THROW();
      }
    }

  // --- Calls ----------------------------------------------------------------------------------
  invoke:
    // `callee` runs with its arguments at `args` (the top of this frame's operand stack).
    SAVE_STATE();
    POLL_SAFEPOINT();
    if (callee->kind != MethodKind::Bytecode) {
      if (callee->kind == MethodKind::Abstract) {
        throw_new(thread, WellKnown::AbstractMethodError, callee->external_name());
        THROW();
      }
      // The arguments stay inside this frame's extent while the native (or a lambda
      // forwarder, which pushes no frame of its own) runs: the collector scans up to frame->sp.
      frame->sp = args + callee->arg_slots;
      Slot value;
      if (!call_native(thread, callee, args, &value)) THROW();
      value = narrow_result(callee->return_type, value);
      sp = args;
      *sp = value;
      sp += return_slots(callee->return_type);
      NEXT(kBytecodes[load_opcode(pc)].length);
    }
    {
      auto* new_frame = reinterpret_cast<Frame*>(args + callee->max_locals);
      Slot* frame_end = new_frame->stack_base() + callee->max_stack;
      if (frame_end > thread->stack_guard()) {
        throw_stack_overflow(thread);
        THROW();
      }
      for (Slot* s = args + callee->arg_slots; s < reinterpret_cast<Slot*>(new_frame); ++s) s->raw = 0;
      frame->sp = args;
      new_frame->method = callee;
      new_frame->caller = frame;
      new_frame->locals = args;
      new_frame->locked = nullptr;
      new_frame->flags = 0;
      frame = new_frame;
      thread->set_top_frame(frame);
      LOAD_FRAME();
      pc = code;
      sp = frame->stack_base();
      frame->pc = pc;
      frame->sp = sp;
      if (method->is_synchronized()) {
        frame->locked = sync_object_of(method, locals);
        if (!monitor_enter(thread, frame->locked)) THROW();
      }
      vmbreak;
    }

  do_return:
    // `result` holds the return value (already in a Slot).
    if (frame->locked != nullptr) {
      SAVE_STATE();
      if (!monitor_exit(thread, frame->locked)) {
        frame->locked = nullptr;
        THROW();
      }
    }
    {
      BasicType type = method->return_type;
      Frame* finished = frame;
      if (finished->is_entry()) {
        thread->set_top_frame(finished->caller);
        return result;
      }
      frame = finished->caller;
      thread->set_top_frame(frame);
      LOAD_FRAME();
      sp = finished->locals;
      *sp = narrow_result(type, result);
      sp += return_slots(type);
      pc = frame->pc + kBytecodes[load_opcode(frame->pc)].length;
      vmbreak;
    }

  // --- The one throw path -----------------------------------------------------------------------
  handle_exception:
    for (;;) {
      exception = thread->pending_exception();
      if (method->kind == MethodKind::Bytecode) {
        int32_t handler = find_handler(thread, method, frame->bci(), &exception);
        if (handler >= 0) {
          thread->take_pending_exception();
          pc = code + handler;
          sp = frame->stack_base();
          (sp++)->l = exception;
          frame->pc = pc;
          break;
        }
      }
      if (frame->locked != nullptr) {
        Object* pending = thread->take_pending_exception();
        monitor_exit(thread, frame->locked);
        thread->take_pending_exception();
        thread->set_pending_exception(pending);
      }
      Frame* finished = frame;
      thread->set_top_frame(finished->caller);
      if (finished->is_entry()) return Slot::zero();
      frame = finished->caller;
      LOAD_FRAME();
      pc = frame->pc;
    }
    vmbreak;
  }
#undef SAVE_STATE
#undef LOAD_FRAME
#undef THROW
#undef CHECK_NULL
#undef CHECK_INDEX
#undef NEXT
#undef BRANCH
#undef POLL_SAFEPOINT
}

}  // namespace

}  // namespace islet::interp
