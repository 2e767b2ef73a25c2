#!/usr/bin/env python3
# Writes corrupted variants of one class file for classformat.sh: truncations spread through
# the file (constant pool, fields, methods, code), bad magic, unsupported versions, constant-pool
# indexes out of range, bad tags, bogus branch targets, bad opcodes and lying counts.
#
# usage: corrupt.py <Class.class> <out-dir>
# Creates <out-dir>/<variant>/<Class>.class for every variant and prints the variant names.
import os
import struct
import sys

# Instruction lengths (opcode byte included) for the fixed-size opcodes; 0 marks the
# variable-length ones (tableswitch, lookupswitch, wide) handled in instruction_length.
_LENGTHS = [1] * 256
for op in (0x10, 0x12, 0x15, 0x16, 0x17, 0x18, 0x19, 0x36, 0x37, 0x38, 0x39, 0x3a, 0xa9, 0xbc):
    _LENGTHS[op] = 2  # bipush ldc *load *store ret newarray
for op in (0x11, 0x13, 0x14, 0x84, 0xb2, 0xb3, 0xb4, 0xb5, 0xb6, 0xb7, 0xb8, 0xbb, 0xbd, 0xc0, 0xc1):
    _LENGTHS[op] = 3  # sipush ldc_w ldc2_w iinc field/method refs new anewarray checkcast instanceof
for op in list(range(0x99, 0xa9)) + [0xc6, 0xc7]:
    _LENGTHS[op] = 3  # if*, goto, jsr, ifnull, ifnonnull
_LENGTHS[0xc5] = 4  # multianewarray
for op in (0xb9, 0xba, 0xc8, 0xc9):
    _LENGTHS[op] = 5  # invokeinterface invokedynamic goto_w jsr_w
for op in (0xaa, 0xab, 0xc4):
    _LENGTHS[op] = 0

BRANCHES = set(range(0x99, 0xa8)) | {0xc6, 0xc7}  # 16-bit offset branches (jsr excluded)


def instruction_length(code, pc):
    op = code[pc]
    if _LENGTHS[op]:
        return _LENGTHS[op]
    if op == 0xc4:  # wide
        return 6 if code[pc + 1] == 0x84 else 4
    pad = (4 - (pc + 1) % 4) % 4
    base = pc + 1 + pad
    if op == 0xaa:  # tableswitch
        low, high = struct.unpack_from(">ii", code, base + 4)
        return 1 + pad + 12 + 4 * (high - low + 1)
    npairs = struct.unpack_from(">i", code, base + 4)[0]  # lookupswitch
    return 1 + pad + 8 + 8 * npairs


class ClassFile:
    """Offsets of the interesting parts of a well-formed class file."""

    def __init__(self, data):
        self.data = data
        self.cp_count = struct.unpack_from(">H", data, 8)[0]
        self.cp_entries = []  # (index, tag, offset)
        self.utf8 = {}
        pos = 10
        index = 1
        while index < self.cp_count:
            tag = data[pos]
            self.cp_entries.append((index, tag, pos))
            if tag == 1:
                length = struct.unpack_from(">H", data, pos + 1)[0]
                self.utf8[index] = data[pos + 3:pos + 3 + length].decode("utf-8", "replace")
                pos += 3 + length
            elif tag in (3, 4, 9, 10, 11, 12, 17, 18):
                pos += 5
            elif tag in (5, 6):
                pos += 9
                index += 1
            elif tag in (7, 8, 16, 19, 20):
                pos += 3
            elif tag == 15:
                pos += 4
            else:
                raise ValueError("unknown constant tag %d at %d" % (tag, pos))
            index += 1
        self.cp_end = pos
        self.access_offset = pos
        self.this_class_offset = pos + 2
        interfaces = struct.unpack_from(">H", data, pos + 6)[0]
        pos += 8 + 2 * interfaces
        self.fields_offset = pos
        pos, _ = self._members(pos)
        self.methods_offset = pos
        pos, self.methods = self._members(pos)
        self.class_attributes_offset = pos
        count = struct.unpack_from(">H", data, pos)[0]
        pos += 2
        for _ in range(count):
            pos += 6 + struct.unpack_from(">I", data, pos + 2)[0]
        if pos != len(data):
            raise ValueError("parsed %d bytes of %d" % (pos, len(data)))

    def _members(self, pos):
        members = []
        count = struct.unpack_from(">H", self.data, pos)[0]
        pos += 2
        for _ in range(count):
            name = self.utf8.get(struct.unpack_from(">H", self.data, pos + 2)[0], "?")
            member = {"name": name, "offset": pos, "code": None}
            attributes = struct.unpack_from(">H", self.data, pos + 6)[0]
            pos += 8
            for _ in range(attributes):
                attr_name = self.utf8.get(struct.unpack_from(">H", self.data, pos)[0], "?")
                length = struct.unpack_from(">I", self.data, pos + 2)[0]
                if attr_name == "Code":
                    code_length = struct.unpack_from(">I", self.data, pos + 10)[0]
                    member["code"] = {"attr": pos, "max_stack": pos + 6, "start": pos + 14, "length": code_length}
                pos += 6 + length
            members.append(member)
        return pos, members

    def instructions(self, method):
        code_info = method["code"]
        code = self.data[code_info["start"]:code_info["start"] + code_info["length"]]
        pc = 0
        while pc < len(code):
            yield pc, code[pc]
            pc += instruction_length(code, pc)


def main():
    src, out_dir = sys.argv[1], sys.argv[2]
    with open(src, "rb") as f:
        data = f.read()
    cf = ClassFile(data)
    base = os.path.basename(src)
    variants = {}

    def variant(name, content):
        variants[name] = bytes(content)

    def patched(offset, fmt, value):
        b = bytearray(data)
        struct.pack_into(fmt, b, offset, value)
        return b

    # Truncations: the interesting boundaries plus an even spread, about 30 in all.
    cuts = {0, 1, 4, 6, 8, 9, 10, cf.cp_entries[1][2] + 1, cf.cp_end - 1, cf.cp_end, cf.access_offset + 3,
            cf.fields_offset + 1, cf.methods_offset, cf.methods_offset + 5, cf.class_attributes_offset + 1,
            len(data) - 1}
    with_code = [m for m in cf.methods if m["code"]]
    for m in with_code[:3]:
        cuts.add(m["code"]["start"] + m["code"]["length"] // 2)
    step = max(1, len(data) // 14)
    cuts.update(range(step // 2, len(data), step))
    for cut in sorted(c for c in cuts if 0 <= c < len(data)):
        variant("truncated-at-%05d" % cut, data[:cut])

    variant("bad-magic", patched(0, ">I", 0xCAFEBABF))
    variant("major-70", patched(6, ">H", 70))
    variant("major-44", patched(6, ">H", 44))
    variant("extra-trailing-bytes", data + b"\x00\x01\x02")
    variant("this-class-index-out-of-range", patched(cf.this_class_offset, ">H", cf.cp_count + 5))
    variant("super-class-index-zero", patched(cf.this_class_offset + 2, ">H", 0))
    first_ref = next(off for _, tag, off in cf.cp_entries if tag in (9, 10, 11))
    variant("member-ref-class-index-out-of-range", patched(first_ref + 1, ">H", 0xFFFF))
    first_string = next(off for _, tag, off in cf.cp_entries if tag == 8)
    variant("string-index-out-of-range", patched(first_string + 1, ">H", cf.cp_count))
    variant("bad-constant-tag", patched(cf.cp_entries[0][2], ">B", 99))
    variant("constant-pool-count-too-big", patched(8, ">H", cf.cp_count + 40))
    variant("methods-count-too-big", patched(cf.methods_offset, ">H", 0xFFFF))

    branchy = next(m for m in with_code if m["name"] == "branchy")
    branch_pc = next(pc for pc, op in cf.instructions(branchy) if op in BRANCHES)
    branch_at = branchy["code"]["start"] + branch_pc
    variant("branch-target-outside-code", patched(branch_at + 1, ">h", 0x7000))
    variant("branch-target-inside-instruction", patched(branch_at + 1, ">h", 1))
    variant("branch-target-negative", patched(branch_at + 1, ">h", -branch_pc - 20))
    variant("undefined-opcode", patched(branchy["code"]["start"], ">B", 0xE0))
    variant("max-stack-zero", patched(branchy["code"]["max_stack"], ">H", 0))
    main_method = next(m for m in with_code if m["name"] == "main")
    variant("code-length-zero", patched(main_method["code"]["start"] - 4, ">I", 0))

    for name, content in sorted(variants.items()):
        os.makedirs(os.path.join(out_dir, name), exist_ok=True)
        with open(os.path.join(out_dir, name, base), "wb") as f:
            f.write(content)
        print(name)


if __name__ == "__main__":
    main()
