// Helpful NullPointerException messages: the operand-stack simulation that finds which
// instruction pushed the null, and the HotSpot 17 wording of the failed action and its cause.
// See npe_message.hpp for the model and the quirks it keeps.
#include "interp/npe_message.hpp"

#include <bitset>
#include <set>
#include <vector>

#include "classfile/descriptor.hpp"
#include "classfile/opcodes.hpp"

namespace islet::interp {
namespace {

using classfile::ClassFile;
using classfile::Constant;
using classfile::ConstantTag;
using classfile::MethodInfo;
using classfile::Opcode;

// A stack slot whose producer is not known: two paths pushed it from different instructions,
// or an exception handler received it.
constexpr int32_t kUnknownSource = -1;

// HotSpot prints at most five elements of an access path ("next.next.next.next.s" for a
// longer chain): deeper objects are dropped, deeper arrays print as "<array>".
constexpr int kMaxPathDepth = 5;

// Only the receiver and parameter slots need "was this slot stored to" tracking (a stored-to
// parameter prints as <localN>); descriptors allow at most 255 argument slots.
constexpr size_t kMaxTrackedSlots = classfile::kMaxArgumentSlots + 1;

// Bound on the operand-stack slots kept in merge states, so that a hostile, unverified method
// (huge max_stack and thousands of branch targets) cannot make a message cost gigabytes. Real
// methods stay far below it; past it the message simply has no "because" part.
constexpr size_t kMaxStoredStackSlots = size_t{1} << 22;

struct FlowState {
  std::vector<int32_t> stack;            // per slot (long/double take two): bci of the producer
  std::bitset<kMaxTrackedSlots> stored;  // tracked slots stored to on a path reaching here
};

// The sources of an instruction's top two operands: all a description needs from the
// instruction that produced a value (getfield's object, an array load's array and index).
struct Operands {
  int32_t top = kUnknownSource;
  int32_t second = kUnknownSource;
};

bool is_opcode(uint8_t byte, Opcode op) { return byte == static_cast<uint8_t>(op); }

// A class as HotSpot names the holder of a method or static field: the binary name with dots,
// array classes in descriptor form ("[I.clone()"), and exactly java.lang.Object and
// java.lang.String abbreviated ("java.lang.Integer.intValue()" keeps its package).
std::string class_text(std::string_view internal_name) {
  std::string name = classfile::external_class_name(internal_name);
  if (name == "java.lang.Object" || name == "java.lang.String") return name.substr(10);
  return name;
}

// A parameter type in Java-source spelling ("int", "java.util.List", "String[][]"). HotSpot
// drops "java.lang." from every name that merely starts with java.lang.Object or
// java.lang.String, so StringBuilder and StringIndexOutOfBoundsException lose it too, while
// java.lang.Integer keeps it.
std::string parameter_text(const classfile::FieldType& param) {
  std::string name;
  switch (param.type) {
    case classfile::BasicType::Object:
      name = classfile::external_class_name(param.class_name);
      break;
    case classfile::BasicType::Array:
      name = classfile::external_type_name(param.class_name);
      break;
    default:
      return classfile::external_type_name(std::string(1, static_cast<char>(param.type)));
  }
  if (name.starts_with("java.lang.Object") || name.starts_with("java.lang.String")) {
    return name.substr(10);
  }
  return name;
}

class NpeAnalysis {
 public:
  NpeAnalysis(const ClassFile& cf, const MethodInfo& method,
              std::span<const LocalVariableName> local_variables)
      : cf_(cf), method_(method), code_(method.code->bytecode), local_variables_(local_variables) {}

  std::optional<std::string> message(uint32_t bci);

 private:
  // --- reading the code and the constant pool ---
  uint8_t u1(size_t pos) const { return pos < code_.size() ? code_[pos] : 0; }
  uint16_t u2(size_t pos) const { return static_cast<uint16_t>(u1(pos) << 8 | u1(pos + 1)); }
  int32_t s4(size_t pos) const {
    return static_cast<int32_t>(uint32_t{u2(pos)} << 16 | u2(pos + 2));
  }
  size_t instruction_length(size_t bci) const;
  const Constant* constant(uint16_t index, std::initializer_list<ConstantTag> tags) const;
  const Constant* member_ref(size_t bci) const;  // Fieldref/Methodref at bci+1
  std::string_view utf8_or_empty(uint16_t index) const;
  std::string_view member_name(const Constant& ref) const;
  std::string_view member_descriptor(const Constant& ref) const;
  std::string_view member_class(const Constant& ref) const;
  std::string method_text(const Constant& ref) const;

  // --- the failed action ---
  struct Action {
    std::string text;
    int null_slot = 0;  // depth of the null operand on the stack, 0 = top
  };
  std::optional<Action> action(uint32_t bci) const;

  // --- the simulation ---
  bool find_instructions_and_branch_targets();
  bool simulate(uint32_t bci, FlowState& state, std::vector<uint32_t>& successors,
                bool& falls_through);
  bool propagate(uint32_t target, const FlowState& state);
  bool run_until(uint32_t target_bci, int null_slot);

  // --- the cause ---
  bool describe(std::string& out, int32_t source, int budget) const;
  std::string local_name(uint32_t slot, uint32_t load_bci) const;
  int parameter_number(uint32_t slot) const;

  const ClassFile& cf_;
  const MethodInfo& method_;
  const std::vector<uint8_t>& code_;
  std::span<const LocalVariableName> local_variables_;

  std::vector<bool> is_instruction_;
  std::vector<int32_t> merge_index_;  // bci -> index into merge_states_, -1 if not a target
  std::vector<std::optional<FlowState>> merge_states_;
  std::vector<bool> simulated_;
  std::vector<Operands> operands_;
  std::set<uint32_t> pending_;  // targets holding a state, not yet simulated
  size_t stored_stack_slots_ = 0;

  // Captured when the failing instruction is simulated.
  int32_t null_source_ = kUnknownSource;
  std::bitset<kMaxTrackedSlots> stored_at_failure_;
};

size_t NpeAnalysis::instruction_length(size_t bci) const {
  uint8_t op = code_[bci];
  const classfile::OpcodeInfo& info = classfile::opcode_info(op);
  if (info.name == nullptr) return 0;
  if (info.length != 0) return info.length;
  if (is_opcode(op, Opcode::wide)) return is_opcode(u1(bci + 1), Opcode::iinc) ? 6 : 4;
  size_t base = (bci + 4) & ~size_t{3};  // operands are 4-byte aligned from the code start
  if (is_opcode(op, Opcode::tableswitch)) {
    int64_t low = s4(base + 4), high = s4(base + 8);
    if (high < low || high - low > 65535) return 0;
    return base - bci + 12 + 4 * static_cast<size_t>(high - low + 1);
  }
  int64_t pairs = s4(base + 4);  // lookupswitch
  if (pairs < 0 || pairs > 65535) return 0;
  return base - bci + 8 + 8 * static_cast<size_t>(pairs);
}

const Constant* NpeAnalysis::constant(uint16_t index,
                                      std::initializer_list<ConstantTag> tags) const {
  if (index == 0 || index >= cf_.constants.size()) return nullptr;
  const Constant& c = cf_.constants[index];
  for (ConstantTag tag : tags) {
    if (c.tag == tag) return &c;
  }
  return nullptr;
}

const Constant* NpeAnalysis::member_ref(size_t bci) const {
  return constant(u2(bci + 1), {ConstantTag::Fieldref, ConstantTag::Methodref,
                                ConstantTag::InterfaceMethodref, ConstantTag::InvokeDynamic});
}

std::string_view NpeAnalysis::utf8_or_empty(uint16_t index) const {
  const Constant* c = constant(index, {ConstantTag::Utf8});
  return c ? std::string_view(c->utf8) : std::string_view();
}

std::string_view NpeAnalysis::member_name(const Constant& ref) const {
  const Constant* nat = constant(ref.index2, {ConstantTag::NameAndType});
  return nat ? utf8_or_empty(nat->index1) : std::string_view();
}

std::string_view NpeAnalysis::member_descriptor(const Constant& ref) const {
  const Constant* nat = constant(ref.index2, {ConstantTag::NameAndType});
  return nat ? utf8_or_empty(nat->index2) : std::string_view();
}

std::string_view NpeAnalysis::member_class(const Constant& ref) const {
  if (ref.tag == ConstantTag::InvokeDynamic) return {};
  const Constant* cls = constant(ref.index1, {ConstantTag::Class});
  return cls ? utf8_or_empty(cls->index1) : std::string_view();
}

// "pkg.Cls.name(int, String[], java.util.List)": parameters in Java-source spelling, no
// return type.
std::string NpeAnalysis::method_text(const Constant& ref) const {
  std::string text = class_text(member_class(ref));
  text += '.';
  text += member_name(ref);
  text += '(';
  if (auto parsed = classfile::parse_method_descriptor(member_descriptor(ref))) {
    bool first = true;
    for (const classfile::FieldType& param : parsed->params) {
      if (!first) text += ", ";
      first = false;
      text += parameter_text(param);
    }
  }
  text += ')';
  return text;
}

std::optional<NpeAnalysis::Action> NpeAnalysis::action(uint32_t bci) const {
  auto array_action = [](const char* verb, const char* element, int null_slot) {
    return Action{std::string("Cannot ") + verb + " " + element + " array", null_slot};
  };
  switch (static_cast<Opcode>(code_[bci])) {
    case Opcode::iaload:
      return array_action("load from", "int", 1);
    case Opcode::laload:
      return array_action("load from", "long", 1);
    case Opcode::faload:
      return array_action("load from", "float", 1);
    case Opcode::daload:
      return array_action("load from", "double", 1);
    case Opcode::aaload:
      return array_action("load from", "object", 1);
    case Opcode::baload:
      return array_action("load from", "byte/boolean", 1);
    case Opcode::caload:
      return array_action("load from", "char", 1);
    case Opcode::saload:
      return array_action("load from", "short", 1);
    case Opcode::iastore:
      return array_action("store to", "int", 2);
    case Opcode::lastore:
      return array_action("store to", "long", 3);
    case Opcode::fastore:
      return array_action("store to", "float", 2);
    case Opcode::dastore:
      return array_action("store to", "double", 3);
    case Opcode::aastore:
      return array_action("store to", "object", 2);
    case Opcode::bastore:
      return array_action("store to", "byte/boolean", 2);
    case Opcode::castore:
      return array_action("store to", "char", 2);
    case Opcode::sastore:
      return array_action("store to", "short", 2);
    case Opcode::arraylength:
      return Action{"Cannot read the array length", 0};
    case Opcode::athrow:
      return Action{"Cannot throw exception", 0};
    case Opcode::monitorenter:
      return Action{"Cannot enter synchronized block", 0};
    case Opcode::monitorexit:
      return Action{"Cannot exit synchronized block", 0};
    case Opcode::getfield:
    case Opcode::putfield: {
      const Constant* ref = constant(u2(bci + 1), {ConstantTag::Fieldref});
      if (ref == nullptr) return std::nullopt;
      bool read = is_opcode(code_[bci], Opcode::getfield);
      std::string text = read ? "Cannot read field \"" : "Cannot assign field \"";
      text += member_name(*ref);
      text += '"';
      int null_slot = read ? 0 : classfile::slot_size_of_descriptor(member_descriptor(*ref));
      return Action{std::move(text), null_slot};
    }
    case Opcode::invokevirtual:
    case Opcode::invokespecial:
    case Opcode::invokeinterface: {
      const Constant* ref =
          constant(u2(bci + 1), {ConstantTag::Methodref, ConstantTag::InterfaceMethodref});
      if (ref == nullptr) return std::nullopt;
      // A constructor call is where an explicitly created NPE's stack trace starts
      // ("throw new NullPointerException()"); HotSpot gives those no message.
      if (member_name(*ref) == "<init>") return std::nullopt;
      auto parsed = classfile::parse_method_descriptor(member_descriptor(*ref));
      if (!parsed) return std::nullopt;
      return Action{"Cannot invoke \"" + method_text(*ref) + "\"", parsed->arg_slots};
    }
    default:
      return std::nullopt;
  }
}

// Decodes every instruction once, so that later steps may trust instruction boundaries, and
// gives every branch, switch, subroutine and handler target a merge state slot. False if the
// code is malformed (is_instruction_ then still holds the boundaries decoded before the fault).
bool NpeAnalysis::find_instructions_and_branch_targets() {
  size_t size = code_.size();
  is_instruction_.assign(size, false);
  merge_index_.assign(size, -1);
  std::vector<size_t> targets{0};
  for (size_t bci = 0; bci < size;) {
    size_t length = instruction_length(bci);
    if (length == 0 || bci + length > size) return false;
    is_instruction_[bci] = true;
    uint8_t op = code_[bci];
    auto relative = [&](int64_t offset) { targets.push_back(static_cast<size_t>(bci + offset)); };
    if ((op >= static_cast<uint8_t>(Opcode::ifeq) && op <= static_cast<uint8_t>(Opcode::jsr)) ||
        is_opcode(op, Opcode::ifnull) || is_opcode(op, Opcode::ifnonnull)) {
      relative(static_cast<int16_t>(u2(bci + 1)));
    } else if (is_opcode(op, Opcode::goto_w) || is_opcode(op, Opcode::jsr_w)) {
      relative(s4(bci + 1));
    } else if (is_opcode(op, Opcode::tableswitch) || is_opcode(op, Opcode::lookupswitch)) {
      size_t base = (bci + 4) & ~size_t{3};
      relative(s4(base));
      if (is_opcode(op, Opcode::tableswitch)) {
        for (size_t entry = base + 12; entry < bci + length; entry += 4) relative(s4(entry));
      } else {
        for (size_t pair = base + 8; pair < bci + length; pair += 8) relative(s4(pair + 4));
      }
    }
    bci += length;
  }
  for (const classfile::ExceptionHandler& handler : method_.code->exception_handlers) {
    targets.push_back(handler.handler_pc);
  }
  for (size_t target : targets) {
    if (target >= size || !is_instruction_[target]) return false;
    if (merge_index_[target] < 0) {
      merge_index_[target] = static_cast<int32_t>(merge_states_.size());
      merge_states_.emplace_back();
    }
  }
  return true;
}

// Applies the instruction's effect on the stack sources and the stored-slot set, and lists
// where control may go next. False on anything a verifier would have rejected.
bool NpeAnalysis::simulate(uint32_t bci, FlowState& state, std::vector<uint32_t>& successors,
                           bool& falls_through) {
  std::vector<int32_t>& stack = state.stack;
  auto pop = [&](int slots) {
    if (slots < 0 || stack.size() < static_cast<size_t>(slots)) return false;
    stack.resize(stack.size() - slots);
    return true;
  };
  auto push = [&](int slots, int32_t source) { stack.insert(stack.end(), slots, source); };
  auto store = [&](uint32_t slot, int slots) {
    for (uint32_t s = slot; s < slot + slots && s < kMaxTrackedSlots; ++s) state.stored.set(s);
  };
  // Copies the top `count` slots below the top `depth` slots (dup_x1 is count 1, depth 2).
  auto duplicate = [&](size_t count, size_t depth) {
    if (stack.size() < depth) return false;
    std::vector<int32_t> copy(stack.end() - count, stack.end());
    stack.insert(stack.end() - depth, copy.begin(), copy.end());
    return true;
  };
  auto branch = [&](int64_t offset) { successors.push_back(static_cast<uint32_t>(bci + offset)); };

  falls_through = true;
  uint8_t op = code_[bci];
  const classfile::OpcodeInfo& info = classfile::opcode_info(op);
  switch (static_cast<Opcode>(op)) {
    case Opcode::istore:
    case Opcode::fstore:
    case Opcode::astore:
      store(u1(bci + 1), 1);
      return pop(1);
    case Opcode::lstore:
    case Opcode::dstore:
      store(u1(bci + 1), 2);
      return pop(2);
    case Opcode::istore_0:
    case Opcode::istore_1:
    case Opcode::istore_2:
    case Opcode::istore_3:
      store(op - static_cast<uint8_t>(Opcode::istore_0), 1);
      return pop(1);
    case Opcode::fstore_0:
    case Opcode::fstore_1:
    case Opcode::fstore_2:
    case Opcode::fstore_3:
      store(op - static_cast<uint8_t>(Opcode::fstore_0), 1);
      return pop(1);
    case Opcode::astore_0:
    case Opcode::astore_1:
    case Opcode::astore_2:
    case Opcode::astore_3:
      store(op - static_cast<uint8_t>(Opcode::astore_0), 1);
      return pop(1);
    case Opcode::lstore_0:
    case Opcode::lstore_1:
    case Opcode::lstore_2:
    case Opcode::lstore_3:
      store(op - static_cast<uint8_t>(Opcode::lstore_0), 2);
      return pop(2);
    case Opcode::dstore_0:
    case Opcode::dstore_1:
    case Opcode::dstore_2:
    case Opcode::dstore_3:
      store(op - static_cast<uint8_t>(Opcode::dstore_0), 2);
      return pop(2);
    case Opcode::wide: {
      uint8_t inner = u1(bci + 1);
      uint16_t slot = u2(bci + 2);
      switch (static_cast<Opcode>(inner)) {
        case Opcode::iload:
        case Opcode::fload:
        case Opcode::aload:
          push(1, bci);
          return true;
        case Opcode::lload:
        case Opcode::dload:
          push(2, bci);
          return true;
        case Opcode::istore:
        case Opcode::fstore:
        case Opcode::astore:
          store(slot, 1);
          return pop(1);
        case Opcode::lstore:
        case Opcode::dstore:
          store(slot, 2);
          return pop(2);
        case Opcode::iinc:
          return true;  // HotSpot does not count iinc as a store
        case Opcode::ret:
          falls_through = false;
          return true;
        default:
          return false;
      }
    }
    case Opcode::dup:
      return duplicate(1, 1);
    case Opcode::dup_x1:
      return duplicate(1, 2);
    case Opcode::dup_x2:
      return duplicate(1, 3);
    case Opcode::dup2:
      return duplicate(2, 2);
    case Opcode::dup2_x1:
      return duplicate(2, 3);
    case Opcode::dup2_x2:
      return duplicate(2, 4);
    case Opcode::swap:
      if (stack.size() < 2) return false;
      std::swap(stack[stack.size() - 1], stack[stack.size() - 2]);
      return true;
    case Opcode::checkcast:
      // A cast passes its operand through: the value keeps its producer.
      return !stack.empty();
    case Opcode::getstatic:
    case Opcode::putstatic:
    case Opcode::getfield:
    case Opcode::putfield: {
      const Constant* ref = constant(u2(bci + 1), {ConstantTag::Fieldref});
      if (ref == nullptr) return false;
      int size = classfile::slot_size_of_descriptor(member_descriptor(*ref));
      switch (static_cast<Opcode>(op)) {
        case Opcode::getstatic:
          push(size, bci);
          return true;
        case Opcode::putstatic:
          return pop(size);
        case Opcode::getfield:
          if (!pop(1)) return false;
          push(size, bci);
          return true;
        default:
          return pop(size + 1);
      }
    }
    case Opcode::invokevirtual:
    case Opcode::invokespecial:
    case Opcode::invokestatic:
    case Opcode::invokeinterface:
    case Opcode::invokedynamic: {
      const Constant* ref = member_ref(bci);
      if (ref == nullptr || ref->tag == ConstantTag::Fieldref) return false;
      auto parsed = classfile::parse_method_descriptor(member_descriptor(*ref));
      if (!parsed) return false;
      bool has_receiver =
          !is_opcode(op, Opcode::invokestatic) && !is_opcode(op, Opcode::invokedynamic);
      if (!pop(parsed->arg_slots + (has_receiver ? 1 : 0))) return false;
      push(classfile::slot_size(parsed->ret.type), bci);
      return true;
    }
    case Opcode::multianewarray:
      if (!pop(u1(bci + 3))) return false;
      push(1, bci);
      return true;
    case Opcode::goto_:
      falls_through = false;
      branch(static_cast<int16_t>(u2(bci + 1)));
      return true;
    case Opcode::goto_w:
      falls_through = false;
      branch(s4(bci + 1));
      return true;
    case Opcode::jsr:
    case Opcode::jsr_w:
      // HotSpot follows the subroutine but not the return from it: the instruction after a
      // jsr is reached only if something else branches there.
      falls_through = false;
      push(1, bci);
      branch(is_opcode(op, Opcode::jsr) ? static_cast<int16_t>(u2(bci + 1)) : s4(bci + 1));
      return true;
    case Opcode::ret:
    case Opcode::ireturn:
    case Opcode::lreturn:
    case Opcode::freturn:
    case Opcode::dreturn:
    case Opcode::areturn:
    case Opcode::return_:
    case Opcode::athrow:
      falls_through = false;
      return true;
    case Opcode::tableswitch:
    case Opcode::lookupswitch: {
      falls_through = false;
      size_t base = (bci + 4) & ~size_t{3};
      size_t end = bci + instruction_length(bci);
      branch(s4(base));
      if (is_opcode(op, Opcode::tableswitch)) {
        for (size_t entry = base + 12; entry < end; entry += 4) branch(s4(entry));
      } else {
        for (size_t pair = base + 8; pair < end; pair += 8) branch(s4(pair + 4));
      }
      return pop(1);
    }
    default:
      if (info.name == nullptr || info.pops < 0 || info.pushes < 0) return false;
      if ((op >= static_cast<uint8_t>(Opcode::ifeq) &&
           op <= static_cast<uint8_t>(Opcode::if_acmpne)) ||
          is_opcode(op, Opcode::ifnull) || is_opcode(op, Opcode::ifnonnull)) {
        branch(static_cast<int16_t>(u2(bci + 1)));
      }
      // Constants, loads, array loads, arithmetic, conversions, comparisons, new, newarray,
      // arraylength, instanceof, monitors: every pushed slot is produced right here.
      if (!pop(info.pops)) return false;
      push(info.pushes, bci);
      return true;
  }
}

// Hands `state` to a branch target. A target already simulated keeps what it had: HotSpot
// merges only into instructions it has not analysed yet, so back edges change nothing.
bool NpeAnalysis::propagate(uint32_t target, const FlowState& state) {
  if (target >= code_.size() || merge_index_[target] < 0) return false;
  if (simulated_[target]) return true;
  std::optional<FlowState>& existing = merge_states_[merge_index_[target]];
  if (!existing) {
    stored_stack_slots_ += state.stack.size();
    if (stored_stack_slots_ > kMaxStoredStackSlots) return false;
    existing = state;
    pending_.insert(target);
    return true;
  }
  if (existing->stack.size() != state.stack.size()) {
    // Only unverifiable code gets here; keep the depth, forget every producer.
    existing->stack.assign(existing->stack.size(), kUnknownSource);
  } else {
    for (size_t i = 0; i < state.stack.size(); ++i) {
      if (existing->stack[i] != state.stack[i]) existing->stack[i] = kUnknownSource;
    }
  }
  existing->stored |= state.stored;
  return true;
}

// Simulates in passes over the code in address order, as HotSpot does: an instruction is
// analysed once, in the first pass that reaches it with a state; a branch backwards to an
// instruction not yet analysed leaves it for the next pass. Stops once `target_bci` has been
// analysed, recording the producer of its operand `null_slot` slots below the top.
bool NpeAnalysis::run_until(uint32_t target_bci, int null_slot) {
  simulated_.assign(code_.size(), false);
  operands_.assign(code_.size(), Operands{});
  merge_states_[merge_index_[0]] = FlowState{};
  pending_.insert(0);
  for (const classfile::ExceptionHandler& handler : method_.code->exception_handlers) {
    // A handler starts from nothing known: only the exception is on the stack, and no
    // parameter counts as stored to, whatever the protected code did.
    std::optional<FlowState>& state = merge_states_[merge_index_[handler.handler_pc]];
    if (!state) {
      state = FlowState{{kUnknownSource}, {}};
      pending_.insert(handler.handler_pc);
    }
  }
  uint32_t position = 0;  // where the current pass has got to
  std::vector<uint32_t> successors;
  while (!pending_.empty()) {
    auto next = pending_.lower_bound(position);
    if (next == pending_.end()) {  // this pass is done; start the next one from the top
      position = 0;
      continue;
    }
    uint32_t bci = *next;
    pending_.erase(next);
    FlowState state = *merge_states_[merge_index_[bci]];
    for (;;) {
      simulated_[bci] = true;
      const std::vector<int32_t>& stack = state.stack;
      if (!stack.empty()) operands_[bci].top = stack.back();
      if (stack.size() >= 2) operands_[bci].second = stack[stack.size() - 2];
      if (bci == target_bci) {
        if (static_cast<size_t>(null_slot) < stack.size()) {
          null_source_ = stack[stack.size() - 1 - null_slot];
        }
        stored_at_failure_ = state.stored;
        return true;
      }
      successors.clear();
      bool falls_through = false;
      if (!simulate(bci, state, successors, falls_through)) return false;
      if (state.stack.size() > method_.code->max_stack) return false;
      for (uint32_t target : successors) {
        if (!propagate(target, state)) return false;
      }
      uint32_t following = bci + static_cast<uint32_t>(instruction_length(bci));
      position = following;
      if (!falls_through || following >= code_.size() || simulated_[following]) break;
      if (merge_index_[following] >= 0) {
        std::optional<FlowState>& merged = merge_states_[merge_index_[following]];
        if (merged) {
          if (!propagate(following, state)) return false;
          pending_.erase(following);
          state = *merged;
        }
      }
      bci = following;
    }
  }
  return false;  // the failing instruction is unreachable in the simulation
}

int NpeAnalysis::parameter_number(uint32_t slot) const {
  auto parsed = classfile::parse_method_descriptor(method_.descriptor);
  if (!parsed) return 0;
  bool is_static = (method_.access_flags & classfile::kAccStatic) != 0;
  uint32_t next_slot = is_static ? 0 : 1;
  int number = 0;
  for (const classfile::FieldType& param : parsed->params) {
    ++number;
    if (next_slot == slot) return number;
    next_slot += classfile::slot_size(param.type);
    if (next_slot > slot) return 0;
  }
  return 0;
}

std::string NpeAnalysis::local_name(uint32_t slot, uint32_t load_bci) const {
  for (const LocalVariableName& local : local_variables_) {
    if (local.slot == slot && load_bci >= local.start_pc &&
        load_bci < uint32_t{local.start_pc} + local.length) {
      return std::string(local.name);
    }
  }
  bool stored = slot < kMaxTrackedSlots && stored_at_failure_.test(slot);
  bool is_static = (method_.access_flags & classfile::kAccStatic) != 0;
  if (!stored && !is_static && slot == 0) return "this";
  if (!stored) {
    if (int number = parameter_number(slot)) return "<parameter" + std::to_string(number) + ">";
  }
  return "<local" + std::to_string(slot) + ">";
}

// Appends the Java-like spelling of the value `source` produced and returns true, or appends
// nothing and returns false when it has no spelling or `budget` (path elements left) is spent.
bool NpeAnalysis::describe(std::string& out, int32_t source, int budget) const {
  if (source < 0 || budget <= 0) return false;
  uint32_t bci = static_cast<uint32_t>(source);
  uint8_t op = code_[bci];
  switch (static_cast<Opcode>(op)) {
    case Opcode::aconst_null:
      out += "null";
      return true;
    case Opcode::iconst_m1:
    case Opcode::iconst_0:
    case Opcode::iconst_1:
    case Opcode::iconst_2:
    case Opcode::iconst_3:
    case Opcode::iconst_4:
    case Opcode::iconst_5:
      out += std::to_string(op - static_cast<int>(Opcode::iconst_0));
      return true;
    case Opcode::bipush:
      out += std::to_string(static_cast<int8_t>(u1(bci + 1)));
      return true;
    case Opcode::sipush:
      out += std::to_string(static_cast<int16_t>(u2(bci + 1)));
      return true;
    case Opcode::iload:
    case Opcode::lload:
    case Opcode::fload:
    case Opcode::dload:
    case Opcode::aload:
      out += local_name(u1(bci + 1), bci);
      return true;
    case Opcode::wide:
      out += local_name(u2(bci + 2), bci);
      return true;
    case Opcode::iload_0:
    case Opcode::iload_1:
    case Opcode::iload_2:
    case Opcode::iload_3:
      out += local_name(op - static_cast<uint8_t>(Opcode::iload_0), bci);
      return true;
    case Opcode::lload_0:
    case Opcode::lload_1:
    case Opcode::lload_2:
    case Opcode::lload_3:
      out += local_name(op - static_cast<uint8_t>(Opcode::lload_0), bci);
      return true;
    case Opcode::fload_0:
    case Opcode::fload_1:
    case Opcode::fload_2:
    case Opcode::fload_3:
      out += local_name(op - static_cast<uint8_t>(Opcode::fload_0), bci);
      return true;
    case Opcode::dload_0:
    case Opcode::dload_1:
    case Opcode::dload_2:
    case Opcode::dload_3:
      out += local_name(op - static_cast<uint8_t>(Opcode::dload_0), bci);
      return true;
    case Opcode::aload_0:
    case Opcode::aload_1:
    case Opcode::aload_2:
    case Opcode::aload_3:
      out += local_name(op - static_cast<uint8_t>(Opcode::aload_0), bci);
      return true;
    case Opcode::getstatic: {
      const Constant* ref = constant(u2(bci + 1), {ConstantTag::Fieldref});
      if (ref == nullptr) return false;
      out += class_text(member_class(*ref));
      out += '.';
      out += member_name(*ref);
      return true;
    }
    case Opcode::getfield: {
      const Constant* ref = constant(u2(bci + 1), {ConstantTag::Fieldref});
      if (ref == nullptr) return false;
      // An object beyond the depth limit, or one with no spelling, is left out: "next.s".
      if (describe(out, operands_[bci].top, budget - 1)) out += '.';
      out += member_name(*ref);
      return true;
    }
    case Opcode::invokevirtual:
    case Opcode::invokespecial:
    case Opcode::invokestatic:
    case Opcode::invokeinterface: {
      const Constant* ref =
          constant(u2(bci + 1), {ConstantTag::Methodref, ConstantTag::InterfaceMethodref});
      if (ref == nullptr) return false;
      out += method_text(*ref);
      return true;
    }
    case Opcode::aaload:
    case Opcode::iaload:
      // The array costs one element of the budget; the index is spelled with the budget the
      // element access itself had (observed: "<array>[<parameter2>]" at the depth limit).
      if (!describe(out, operands_[bci].second, budget - 1)) out += "<array>";
      out += '[';
      if (!describe(out, operands_[bci].top, budget)) out += "...";
      out += ']';
      return true;
    default:
      return false;
  }
}

std::optional<std::string> NpeAnalysis::message(uint32_t bci) {
  // Decoding stops at the first malformed instruction; the boundaries before it still tell
  // whether `bci` is an instruction.
  bool well_formed = find_instructions_and_branch_targets();
  if (!is_instruction_[bci]) return std::nullopt;
  std::optional<Action> failed = action(bci);
  if (!failed) return std::nullopt;
  if (!well_formed || !run_until(bci, failed->null_slot) || null_source_ == kUnknownSource) {
    return std::move(failed->text);
  }

  std::string text = std::move(failed->text);
  uint32_t source = static_cast<uint32_t>(null_source_);
  uint8_t op = code_[source];
  if (is_opcode(op, Opcode::invokevirtual) || is_opcode(op, Opcode::invokespecial) ||
      is_opcode(op, Opcode::invokestatic) || is_opcode(op, Opcode::invokeinterface)) {
    if (const Constant* ref = member_ref(source)) {
      text += " because the return value of \"" + method_text(*ref) + "\" is null";
    }
    return text;
  }
  // HotSpot commits to the quoted form before spelling the value; a value it cannot spell
  // (an invokedynamic result, a dynamic constant) leaves the message ending in the quote.
  text += " because \"";
  if (describe(text, null_source_, kMaxPathDepth)) text += "\" is null";
  return text;
}

}  // namespace

std::optional<std::string> helpful_npe_message(const classfile::ClassFile& cf,
                                               const classfile::MethodInfo& method, uint32_t bci) {
  return helpful_npe_message(cf, method, bci, {});
}

std::optional<std::string> helpful_npe_message(const classfile::ClassFile& cf,
                                               const classfile::MethodInfo& method, uint32_t bci,
                                               std::span<const LocalVariableName> local_variables) {
  if (!method.code || bci >= method.code->bytecode.size()) return std::nullopt;
  NpeAnalysis analysis(cf, method, local_variables);
  return analysis.message(bci);
}

}  // namespace islet::interp
