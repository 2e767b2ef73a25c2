// The structural bytecode check (see code_check.hpp): decode every instruction once, then check
// targets, exception-table boundaries and operand-stack depths over the decoded list.
#include "classfile/code_check.hpp"

#include <new>
#include <string>
#include <vector>

#include "classfile/byte_reader.hpp"
#include "classfile/descriptor.hpp"
#include "classfile/message_text.hpp"
#include "classfile/opcodes.hpp"

namespace islet::classfile {

namespace {

using detail::concat;

constexpr uint16_t kJava5 = 49;   // ldc of a Class constant
constexpr uint16_t kJava7 = 51;   // ldc of MethodType/MethodHandle; no jsr/ret; zero switch padding
constexpr uint16_t kJava8 = 52;   // invokestatic/invokespecial of interface methods
constexpr uint16_t kJava11 = 55;  // ldc of Dynamic constants
constexpr uint8_t kFirstArrayType = 4, kLastArrayType = 11;  // T_BOOLEAN .. T_LONG (JVMS 6.5)

struct Instruction {
  uint32_t pc = 0;
  uint16_t pops = 0;    // operand-stack slots consumed
  uint16_t pushes = 0;  // operand-stack slots produced
  bool falls_through = true;
  bool is_jsr = false;        // its fall-through successor is the subroutine's return point
  uint32_t first_target = 0;  // range of CodeChecker::targets_
  uint32_t target_count = 0;
};

struct CodeFailure {
  uint32_t bci;
  std::string problem;
};

std::string hex_byte(uint8_t value) {
  static const char kDigits[] = "0123456789abcdef";
  return {kDigits[value >> 4], kDigits[value & 0xF]};
}

class CodeChecker {
 public:
  CodeChecker(const ClassFile& file, const MethodInfo& method) : file_(file), code_(*method.code) {}

  void run() {
    if (code_.bytecode.empty()) fail(0, "Code is empty");
    decode();
    check_branch_targets();
    check_exception_handlers();
    check_stack_depths();
  }

 private:
  [[noreturn]] void fail(uint32_t bci, std::string problem) const {
    throw CodeFailure{bci, std::move(problem)};
  }

  size_t code_length() const { return code_.bytecode.size(); }
  bool is_instruction_start(int64_t pc) const {
    return pc >= 0 && pc < static_cast<int64_t>(code_length()) && instruction_at_[pc] >= 0;
  }

  // --- decoding ---

  void decode() {
    instruction_at_.assign(code_length(), -1);
    ByteReader reader(code_.bytecode);
    while (!reader.at_end()) {
      Instruction instruction;
      instruction.pc = static_cast<uint32_t>(reader.position());
      instruction.first_target = static_cast<uint32_t>(targets_.size());
      instruction_at_[instruction.pc] = static_cast<int32_t>(instructions_.size());
      try {
        decode_one(reader, instruction);
      } catch (const ByteReader::Underflow&) {
        fail(instruction.pc, "Instruction runs past the end of the code");
      }
      instruction.target_count = static_cast<uint32_t>(targets_.size()) - instruction.first_target;
      instructions_.push_back(instruction);
    }
    const Instruction& last = instructions_.back();
    if (last.falls_through) fail(last.pc, "Control flow falls through code end");
  }

  void add_branch(const Instruction& instruction, int64_t offset) {
    targets_.push_back(int64_t{instruction.pc} + offset);
  }

  void decode_one(ByteReader& reader, Instruction& instruction) {
    uint32_t pc = instruction.pc;
    uint8_t opcode = reader.u1();
    const OpcodeInfo& info = opcode_info(opcode);
    if (info.name == nullptr) fail(pc, concat("Bad instruction: ", hex_byte(opcode)));
    // Entries of -1 in the table are filled in below from the constant-pool operand.
    instruction.pops = static_cast<uint16_t>(info.pops < 0 ? 0 : info.pops);
    instruction.pushes = static_cast<uint16_t>(info.pushes < 0 ? 0 : info.pushes);

    switch (static_cast<Opcode>(opcode)) {
      case Opcode::bipush:
        reader.skip(1);
        break;
      case Opcode::sipush:
        reader.skip(2);
        break;
      case Opcode::ldc:
        check_ldc(pc, reader.u1(), /*two_slots=*/false);
        break;
      case Opcode::ldc_w:
        check_ldc(pc, reader.u2(), /*two_slots=*/false);
        break;
      case Opcode::ldc2_w:
        check_ldc(pc, reader.u2(), /*two_slots=*/true);
        break;

      case Opcode::iload:
      case Opcode::fload:
      case Opcode::aload:
      case Opcode::istore:
      case Opcode::fstore:
      case Opcode::astore:
        check_local(pc, reader.u1(), 1);
        break;
      case Opcode::lload:
      case Opcode::dload:
      case Opcode::lstore:
      case Opcode::dstore:
        check_local(pc, reader.u1(), 2);
        break;
      case Opcode::iinc:
        check_local(pc, reader.u1(), 1);
        reader.skip(1);
        break;
      case Opcode::ret:
        reject_subroutines(pc);
        check_local(pc, reader.u1(), 1);
        instruction.falls_through = false;
        break;
      case Opcode::wide:
        decode_wide(reader, instruction);
        break;

      case Opcode::ifeq:
      case Opcode::ifne:
      case Opcode::iflt:
      case Opcode::ifge:
      case Opcode::ifgt:
      case Opcode::ifle:
      case Opcode::if_icmpeq:
      case Opcode::if_icmpne:
      case Opcode::if_icmplt:
      case Opcode::if_icmpge:
      case Opcode::if_icmpgt:
      case Opcode::if_icmple:
      case Opcode::if_acmpeq:
      case Opcode::if_acmpne:
      case Opcode::ifnull:
      case Opcode::ifnonnull:
        add_branch(instruction, reader.s2());
        break;
      case Opcode::goto_:
        add_branch(instruction, reader.s2());
        instruction.falls_through = false;
        break;
      case Opcode::goto_w:
        add_branch(instruction, reader.s4());
        instruction.falls_through = false;
        break;
      case Opcode::jsr:
      case Opcode::jsr_w:
        reject_subroutines(pc);
        add_branch(instruction, opcode == uint8_t(Opcode::jsr) ? reader.s2() : reader.s4());
        instruction.is_jsr = true;
        break;
      case Opcode::tableswitch:
      case Opcode::lookupswitch:
        decode_switch(reader, instruction, static_cast<Opcode>(opcode));
        break;

      case Opcode::ireturn:
      case Opcode::lreturn:
      case Opcode::freturn:
      case Opcode::dreturn:
      case Opcode::areturn:
      case Opcode::return_:
      case Opcode::athrow:
        instruction.falls_through = false;
        break;

      case Opcode::getstatic:
      case Opcode::putstatic:
      case Opcode::getfield:
      case Opcode::putfield:
        decode_field_access(reader, instruction, static_cast<Opcode>(opcode));
        break;
      case Opcode::invokevirtual:
      case Opcode::invokespecial:
      case Opcode::invokestatic:
      case Opcode::invokeinterface:
      case Opcode::invokedynamic:
        decode_invoke(reader, instruction, static_cast<Opcode>(opcode));
        break;

      case Opcode::new_: {
        uint16_t index = reader.u2();
        if (class_operand(pc, index)[0] == '[') fail(pc, "Illegal new instruction");
        break;
      }
      case Opcode::anewarray: {
        uint16_t index = reader.u2();
        if (array_dimensions(class_operand(pc, index)) >= kMaxArrayDimensions) {
          fail(pc, "Illegal anewarray instruction, array has more than 255 dimensions");
        }
        break;
      }
      case Opcode::checkcast:
      case Opcode:: instanceof:
        class_operand(pc, reader.u2());
        break;
      case Opcode::multianewarray: {
        uint16_t index = reader.u2();
        uint8_t dimensions = reader.u1();
        if (dimensions == 0) fail(pc, "Illegal dimension in multianewarray instruction: 0");
        if (array_dimensions(class_operand(pc, index)) < dimensions) {
          fail(pc, "Illegal constant pool index in multianewarray instruction");
        }
        instruction.pops = dimensions;
        break;
      }
      case Opcode::newarray: {
        uint8_t type = reader.u1();
        if (type < kFirstArrayType || type > kLastArrayType) {
          fail(pc, "Illegal newarray instruction");
        }
        break;
      }

      default: {
        // The remaining instructions have no operands, except the one-slot local loads and
        // stores (iload_0 ... astore_3), whose local index is part of the opcode.
        if (opcode >= uint8_t(Opcode::iload_0) && opcode <= uint8_t(Opcode::aload_3)) {
          check_short_form_local(pc, opcode - uint8_t(Opcode::iload_0));
        } else if (opcode >= uint8_t(Opcode::istore_0) && opcode <= uint8_t(Opcode::astore_3)) {
          check_short_form_local(pc, opcode - uint8_t(Opcode::istore_0));
        }
        break;
      }
    }
  }

  // `relative` counts from iload_0 / istore_0: groups of four for int, long, float, double, ref.
  void check_short_form_local(uint32_t pc, int relative) {
    int group = relative / 4;
    bool two_slots = group == 1 || group == 3;
    check_local(pc, relative % 4, two_slots ? 2 : 1);
  }

  void check_local(uint32_t pc, uint32_t index, uint32_t width) {
    if (index + width > code_.max_locals) {
      fail(pc, concat("Illegal local variable number ", index));
    }
  }

  void reject_subroutines(uint32_t pc) {
    if (file_.major_version >= kJava7) {
      fail(pc, "jsr and ret are not allowed in class file version 51 or later");
    }
  }

  void decode_wide(ByteReader& reader, Instruction& instruction) {
    uint32_t pc = instruction.pc;
    uint8_t modified = reader.u1();
    const OpcodeInfo& info = opcode_info(modified);
    switch (static_cast<Opcode>(modified)) {
      case Opcode::iload:
      case Opcode::fload:
      case Opcode::aload:
      case Opcode::istore:
      case Opcode::fstore:
      case Opcode::astore:
        check_local(pc, reader.u2(), 1);
        break;
      case Opcode::lload:
      case Opcode::dload:
      case Opcode::lstore:
      case Opcode::dstore:
        check_local(pc, reader.u2(), 2);
        break;
      case Opcode::iinc:
        check_local(pc, reader.u2(), 1);
        reader.skip(2);
        break;
      case Opcode::ret:
        reject_subroutines(pc);
        check_local(pc, reader.u2(), 1);
        instruction.falls_through = false;
        break;
      default:
        fail(pc, "Bad wide instruction");
    }
    instruction.pops = static_cast<uint16_t>(info.pops);
    instruction.pushes = static_cast<uint16_t>(info.pushes);
  }

  void decode_switch(ByteReader& reader, Instruction& instruction, Opcode opcode) {
    uint32_t pc = instruction.pc;
    // Operands start at the next multiple of four from the start of the code.
    size_t padding = (4 - (pc + 1) % 4) % 4;
    for (uint8_t byte : reader.bytes(padding)) {
      if (byte != 0 && file_.major_version >= kJava7) {
        fail(pc, "Nonzero padding byte in lookupswitch or tableswitch");
      }
    }
    add_branch(instruction, reader.s4());  // default
    instruction.falls_through = false;
    if (opcode == Opcode::tableswitch) {
      int32_t low = reader.s4();
      int32_t high = reader.s4();
      if (low > high) fail(pc, "low must be less than or equal to high in tableswitch");
      int64_t count = int64_t{high} - low + 1;
      if (count * 4 > static_cast<int64_t>(reader.remaining())) {
        fail(pc, "Instruction runs past the end of the code");
      }
      for (int64_t i = 0; i < count; ++i) add_branch(instruction, reader.s4());
      return;
    }
    int32_t pairs = reader.s4();
    if (pairs < 0) fail(pc, "Negative number of pairs in lookupswitch");
    if (int64_t{pairs} * 8 > static_cast<int64_t>(reader.remaining())) {
      fail(pc, "Instruction runs past the end of the code");
    }
    int64_t previous_key = INT64_MIN;
    for (int32_t i = 0; i < pairs; ++i) {
      int32_t key = reader.s4();
      if (key <= previous_key) fail(pc, "Bad lookupswitch instruction: keys are not sorted");
      previous_key = key;
      add_branch(instruction, reader.s4());
    }
  }

  // --- constant-pool operands ---

  const Constant& constant_operand(uint32_t pc, uint32_t index) const {
    if (index == 0 || index >= file_.constants.size()) {
      fail(pc, concat("Illegal constant pool index ", index));
    }
    return file_.constants[index];
  }

  [[noreturn]] void fail_type(uint32_t pc, uint32_t index) const {
    fail(pc, concat("Illegal type at constant pool entry ", index));
  }

  // The name of the Class constant at `index`.
  const std::string& class_operand(uint32_t pc, uint32_t index) const {
    if (constant_operand(pc, index).tag != ConstantTag::Class) fail_type(pc, index);
    return file_.class_name(static_cast<uint16_t>(index));
  }

  static int array_dimensions(std::string_view name) {
    int dimensions = 0;
    while (dimensions < static_cast<int>(name.size()) && name[dimensions] == '[') ++dimensions;
    return dimensions;
  }

  void check_ldc(uint32_t pc, uint32_t index, bool two_slots) const {
    const Constant& entry = constant_operand(pc, index);
    uint16_t major = file_.major_version;
    bool loadable;
    switch (entry.tag) {
      case ConstantTag::Integer:
      case ConstantTag::Float:
      case ConstantTag::String:
        loadable = !two_slots;
        break;
      case ConstantTag::Class:
        loadable = !two_slots && major >= kJava5;
        break;
      case ConstantTag::MethodType:
      case ConstantTag::MethodHandle:
        loadable = !two_slots && major >= kJava7;
        break;
      case ConstantTag::Long:
      case ConstantTag::Double:
        loadable = two_slots;
        break;
      case ConstantTag::Dynamic:
        // A dynamic constant's size comes from its type: ldc2_w for long/double, ldc otherwise.
        loadable = major >= kJava11 &&
                   (slot_size_of_descriptor(file_.nat_descriptor(entry.index2)) == 2) == two_slots;
        break;
      default:
        loadable = false;
    }
    if (!loadable) fail_type(pc, index);
  }

  void decode_field_access(ByteReader& reader, Instruction& instruction, Opcode opcode) {
    uint32_t pc = instruction.pc;
    uint16_t index = reader.u2();
    const Constant& entry = constant_operand(pc, index);
    if (entry.tag != ConstantTag::Fieldref) fail_type(pc, index);
    auto size = static_cast<uint16_t>(slot_size_of_descriptor(file_.nat_descriptor(entry.index2)));
    switch (opcode) {
      case Opcode::getstatic:
        instruction.pops = 0, instruction.pushes = size;
        break;
      case Opcode::putstatic:
        instruction.pops = size, instruction.pushes = 0;
        break;
      case Opcode::getfield:
        instruction.pops = 1, instruction.pushes = size;
        break;
      default:
        instruction.pops = 1 + size, instruction.pushes = 0;
        break;  // putfield
    }
  }

  void decode_invoke(ByteReader& reader, Instruction& instruction, Opcode opcode) {
    uint32_t pc = instruction.pc;
    uint16_t index = reader.u2();
    const Constant& entry = constant_operand(pc, index);
    bool interface_methods_allowed = file_.major_version >= kJava8;
    bool tag_ok;
    switch (opcode) {
      case Opcode::invokevirtual:
        tag_ok = entry.tag == ConstantTag::Methodref;
        break;
      case Opcode::invokespecial:
      case Opcode::invokestatic:
        tag_ok = entry.tag == ConstantTag::Methodref ||
                 (interface_methods_allowed && entry.tag == ConstantTag::InterfaceMethodref);
        break;
      case Opcode::invokeinterface:
        tag_ok = entry.tag == ConstantTag::InterfaceMethodref;
        break;
      default:
        tag_ok = entry.tag == ConstantTag::InvokeDynamic;
        break;
    }
    if (!tag_ok) fail_type(pc, index);

    const std::string& name = file_.nat_name(entry.index2);
    auto descriptor = parse_method_descriptor(file_.nat_descriptor(entry.index2));
    if (!descriptor) fail(pc, concat("Illegal method signature at constant pool entry ", index));
    bool is_initializer_call = opcode == Opcode::invokespecial && name == "<init>";
    if (!name.empty() && name[0] == '<' && !is_initializer_call) {
      fail(pc, concat("Illegal call to internal method ", name));
    }

    bool has_receiver = opcode != Opcode::invokestatic && opcode != Opcode::invokedynamic;
    instruction.pops = static_cast<uint16_t>(descriptor->arg_slots + (has_receiver ? 1 : 0));
    instruction.pushes = static_cast<uint16_t>(slot_size(descriptor->ret.type));

    if (opcode == Opcode::invokeinterface) {
      uint8_t count = reader.u1();
      uint8_t zero = reader.u1();
      if (count != instruction.pops) {
        fail(pc, "Inconsistent args count operand in invokeinterface");
      }
      if (zero != 0) fail(pc, "Fourth operand byte of invokeinterface must be zero");
    } else if (opcode == Opcode::invokedynamic) {
      if (reader.u1() != 0 || reader.u1() != 0) {
        fail(pc, "Third and fourth operand bytes of invokedynamic must be zero");
      }
    }
  }

  // --- whole-method checks over the decoded instructions ---

  void check_branch_targets() const {
    for (const Instruction& instruction : instructions_) {
      for (uint32_t t = 0; t < instruction.target_count; ++t) {
        if (!is_instruction_start(targets_[instruction.first_target + t])) {
          fail(instruction.pc, "Illegal target of jump or branch");
        }
      }
    }
  }

  void check_exception_handlers() const {
    for (const ExceptionHandler& handler : code_.exception_handlers) {
      bool end_ok = handler.end_pc == code_length() || is_instruction_start(handler.end_pc);
      if (!is_instruction_start(handler.start_pc) || !end_ok ||
          handler.start_pc >= handler.end_pc) {
        fail(handler.start_pc, "Illegal exception table range");
      }
      if (!is_instruction_start(handler.handler_pc)) {
        fail(handler.handler_pc, "Illegal exception table handler");
      }
    }
  }

  // A depth-only abstract interpretation: every instruction gets the one stack depth all its
  // predecessors agree on. jsr is modelled as pushing its return address for the subroutine and
  // resuming after it at the depth it had before the call; ret ends its path. That is exact for
  // the subroutines javac (before Java 7) generated, which store the address in a local first.
  void check_stack_depths() const {
    const int32_t max_stack = code_.max_stack;
    const auto& handlers = code_.exception_handlers;
    std::vector<int32_t> depth(instructions_.size(), -1);
    std::vector<uint32_t> work;
    std::vector<bool> handler_reached(handlers.size(), false);
    size_t handlers_left = handlers.size();

    auto reach = [&](size_t index, int32_t entry_depth) {
      if (depth[index] < 0) {
        depth[index] = entry_depth;
        work.push_back(static_cast<uint32_t>(index));
      } else if (depth[index] != entry_depth) {
        fail(instructions_[index].pc,
             concat("Inconsistent stack height ", entry_depth, " != ", depth[index]));
      }
    };

    reach(0, 0);
    while (!work.empty()) {
      size_t index = work.back();
      work.pop_back();
      const Instruction& instruction = instructions_[index];
      int32_t before = depth[index];

      // A handler becomes reachable, with just the exception on the stack, as soon as any
      // instruction it covers is.
      for (size_t h = 0; handlers_left > 0 && h < handlers.size(); ++h) {
        const ExceptionHandler& handler = handlers[h];
        if (handler_reached[h] || instruction.pc < handler.start_pc ||
            instruction.pc >= handler.end_pc) {
          continue;
        }
        handler_reached[h] = true;
        --handlers_left;
        if (max_stack < 1) fail(handler.handler_pc, "Operand stack overflow");
        reach(instruction_at_[handler.handler_pc], 1);
      }

      if (before < instruction.pops) fail(instruction.pc, "Operand stack underflow");
      int32_t after = before - instruction.pops + instruction.pushes;
      if (after > max_stack) fail(instruction.pc, "Operand stack overflow");
      for (uint32_t t = 0; t < instruction.target_count; ++t) {
        reach(instruction_at_[targets_[instruction.first_target + t]], after);
      }
      if (instruction.falls_through) {
        // decode() guarantees a falling-through instruction is not the last one.
        reach(index + 1, instruction.is_jsr ? after - 1 : after);
      }
    }
  }

  const ClassFile& file_;
  const Code& code_;
  std::vector<Instruction> instructions_;
  std::vector<int32_t> instruction_at_;  // pc -> index into instructions_, -1 inside one
  std::vector<int64_t> targets_;         // absolute branch targets, checked after decoding
};

}  // namespace

std::optional<FormatError> check_code(const ClassFile& file, const MethodInfo& method) {
  if (!method.code) return std::nullopt;
  try {
    CodeChecker(file, method).run();
    return std::nullopt;
  } catch (const CodeFailure& failure) {
    FormatError error;
    error.message = concat(failure.problem, " in method ", external_class_name(file.this_class),
                           ".", method.name, method.descriptor, " at offset ", failure.bci);
    error.offset = failure.bci;
    error.verify_error = true;
    return error;
  } catch (const std::bad_alloc&) {
    FormatError error;
    error.message =
        concat("Out of memory while checking method ", external_class_name(file.this_class), ".",
               method.name, method.descriptor);
    error.verify_error = true;
    return error;
  }
}

}  // namespace islet::classfile
