// Tests helpful NullPointerException messages (src/interp/npe_message.cpp) against HotSpot 17:
// every line of npe_fixtures/expected.txt is one probe whose message HotSpot printed, for the
// probes compiled by javac without and with -g; the test recomputes both from the class files.
#include "interp/npe_message.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <fstream>
#include <map>
#include <memory>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "classfile/class_file.hpp"
#include "classfile/modified_utf8.hpp"

namespace {

using islet::classfile::ClassFile;
using islet::classfile::MethodInfo;
using islet::interp::helpful_npe_message;
using islet::interp::LocalVariableName;

const std::string kFixtureDir = ISLET_NPE_FIXTURES;        // plain/ and debug/ class trees
const std::string kExpectedFile = ISLET_NPE_EXPECTATIONS;  // recorded by regenerate.sh

struct Expectation {
  std::string probe, class_name, method, descriptor;
  uint32_t bci = 0;
  std::string plain_message, debug_message;
};

std::vector<Expectation> load_expectations() {
  std::vector<Expectation> result;
  std::ifstream in(kExpectedFile);
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    std::stringstream stream(line);
    for (std::string field; std::getline(stream, field, '\t');) fields.push_back(field);
    if (fields.size() != 7) {
      ADD_FAILURE() << "malformed line in " << kExpectedFile << ": " << line;
      continue;
    }
    // expected.txt is UTF-8; messages are compared in the modified UTF-8 the VM produces.
    auto modified = [](const std::string& utf8) {
      return islet::classfile::encode_modified_utf8(islet::classfile::utf8_to_utf16(utf8));
    };
    result.push_back({fields[0], fields[1], fields[2], fields[3],
                      static_cast<uint32_t>(std::stoul(fields[4])), modified(fields[5]),
                      modified(fields[6])});
  }
  return result;
}

std::vector<uint8_t> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::vector<uint8_t>(std::istreambuf_iterator<char>(in), {});
}

// The parser keeps no LocalVariableTable, so the test reads it straight from the class file:
// for each method (name + descriptor), its entries in order, names as constant indexes.
struct RawLocal {
  uint16_t start_pc, length, name_index, slot;
};
using LocalTables = std::map<std::string, std::vector<RawLocal>>;

class RawReader {
 public:
  explicit RawReader(const std::vector<uint8_t>& bytes) : bytes_(bytes) {}
  uint16_t u2() {
    uint16_t v = static_cast<uint16_t>(byte(pos_) << 8 | byte(pos_ + 1));
    pos_ += 2;
    return v;
  }
  uint32_t u4() { return uint32_t{u2()} << 16 | u2(); }
  void skip(size_t n) { pos_ += n; }
  size_t pos() const { return pos_; }
  void seek(size_t pos) { pos_ = pos; }
  uint8_t byte(size_t at) const { return at < bytes_.size() ? bytes_[at] : 0; }

 private:
  const std::vector<uint8_t>& bytes_;
  size_t pos_ = 0;
};

LocalTables read_local_variable_tables(const std::vector<uint8_t>& bytes, const ClassFile& cf) {
  LocalTables tables;
  RawReader r(bytes);
  r.skip(8);
  uint16_t count = r.u2();
  for (uint16_t i = 1; i < count; ++i) {
    uint8_t tag = r.byte(r.pos());
    r.skip(1);
    switch (tag) {
      case 1:
        r.skip(r.u2());
        break;
      case 5:
      case 6:
        r.skip(8);
        ++i;
        break;
      case 7:
      case 8:
      case 16:
      case 19:
      case 20:
        r.skip(2);
        break;
      case 15:
        r.skip(3);
        break;
      default:
        r.skip(4);
        break;
    }
  }
  r.skip(6);
  r.skip(2 * size_t{r.u2()});  // interfaces
  auto skip_attributes = [&] {
    for (uint16_t n = r.u2(); n > 0; --n) {
      r.skip(2);
      r.skip(r.u4());
    }
  };
  for (uint16_t n = r.u2(); n > 0; --n) {  // fields
    r.skip(6);
    skip_attributes();
  }
  for (uint16_t n = r.u2(); n > 0; --n) {  // methods
    r.skip(2);
    std::string key = cf.utf8(r.u2());
    key += cf.utf8(r.u2());
    for (uint16_t a = r.u2(); a > 0; --a) {
      const std::string& name = cf.utf8(r.u2());
      uint32_t length = r.u4();
      size_t end = r.pos() + length;
      if (name == "Code") {
        r.skip(4);
        r.skip(r.u4());
        r.skip(8 * size_t{r.u2()});
        for (uint16_t c = r.u2(); c > 0; --c) {
          const std::string& inner = cf.utf8(r.u2());
          size_t inner_end = r.pos() + 4 + r.u4();
          if (inner == "LocalVariableTable") {
            for (uint16_t e = r.u2(); e > 0; --e) {
              RawLocal local{};
              local.start_pc = r.u2();
              local.length = r.u2();
              local.name_index = r.u2();
              r.skip(2);
              local.slot = r.u2();
              tables[key].push_back(local);
            }
          }
          r.seek(inner_end);
        }
      }
      r.seek(end);
    }
  }
  return tables;
}

struct LoadedClass {
  std::unique_ptr<ClassFile> file;
  LocalTables locals;
};

const LoadedClass& load_class(const std::string& tree, const std::string& internal_name) {
  static std::map<std::string, LoadedClass> cache;
  std::string path = kFixtureDir + "/" + tree + "/" + internal_name + ".class";
  auto it = cache.find(path);
  if (it != cache.end()) return it->second;
  std::vector<uint8_t> bytes = read_file(path);
  LoadedClass loaded;
  auto parsed = islet::classfile::parse_class_file(bytes, internal_name);
  EXPECT_TRUE(parsed.file) << path << ": " << parsed.error.message;
  if (parsed.file) {
    loaded.locals = read_local_variable_tables(bytes, *parsed.file);
    loaded.file = std::move(parsed.file);
  }
  return cache.emplace(path, std::move(loaded)).first->second;
}

const MethodInfo* find_method(const ClassFile& cf, const std::string& name,
                              const std::string& descriptor) {
  for (const MethodInfo& m : cf.methods) {
    if (m.name == name && m.descriptor == descriptor) return &m;
  }
  return nullptr;
}

std::vector<LocalVariableName> local_names(const LoadedClass& loaded, const std::string& key) {
  std::vector<LocalVariableName> names;
  auto it = loaded.locals.find(key);
  if (it == loaded.locals.end()) return names;
  for (const RawLocal& local : it->second) {
    names.push_back(
        {local.start_pc, local.length, local.slot, loaded.file->utf8(local.name_index)});
  }
  return names;
}

class HotSpotMessage : public testing::TestWithParam<Expectation> {};

// javac without -g: no LocalVariableTable, so the three-argument form must agree too.
TEST_P(HotSpotMessage, Plain) {
  const Expectation& e = GetParam();
  const LoadedClass& loaded = load_class("plain", e.class_name);
  ASSERT_TRUE(loaded.file);
  const MethodInfo* method = find_method(*loaded.file, e.method, e.descriptor);
  ASSERT_NE(method, nullptr) << e.class_name << "." << e.method << e.descriptor;
  std::vector<LocalVariableName> names = local_names(loaded, e.method + e.descriptor);
  std::optional<std::string> message = helpful_npe_message(*loaded.file, *method, e.bci, names);
  ASSERT_TRUE(message.has_value()) << "no message at bci " << e.bci;
  EXPECT_EQ(*message, e.plain_message) << "at bci " << e.bci;
  if (names.empty()) {
    EXPECT_EQ(helpful_npe_message(*loaded.file, *method, e.bci), message);
  }
}

// javac -g: locals are named from the LocalVariableTable.
TEST_P(HotSpotMessage, Debug) {
  const Expectation& e = GetParam();
  const LoadedClass& loaded = load_class("debug", e.class_name);
  ASSERT_TRUE(loaded.file);
  const MethodInfo* method = find_method(*loaded.file, e.method, e.descriptor);
  ASSERT_NE(method, nullptr) << e.class_name << "." << e.method << e.descriptor;
  std::vector<LocalVariableName> names = local_names(loaded, e.method + e.descriptor);
  std::optional<std::string> message = helpful_npe_message(*loaded.file, *method, e.bci, names);
  ASSERT_TRUE(message.has_value()) << "no message at bci " << e.bci;
  EXPECT_EQ(*message, e.debug_message) << "at bci " << e.bci;
}

std::string probe_test_name(const testing::TestParamInfo<Expectation>& info) {
  std::string name = info.param.probe;
  for (char& c : name) {
    if (!isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(Probes, HotSpotMessage, testing::ValuesIn(load_expectations()),
                         probe_test_name);

TEST(NpeMessage, ExpectationsCoverManyCases) { EXPECT_GE(load_expectations().size(), 60u); }

const MethodInfo& method_named(const ClassFile& cf, const std::string& name) {
  for (const MethodInfo& m : cf.methods) {
    if (m.name == name) return m;
  }
  ADD_FAILURE() << "no method " << name;
  return cf.methods.front();
}

// Instructions that cannot throw an NPE, and bcis that are not instructions, have no message.
TEST(NpeMessage, NoMessageWhereNoNpeCanBeThrown) {
  const LoadedClass& loaded = load_class("plain", "NpeActions");
  ASSERT_TRUE(loaded.file);
  const ClassFile& cf = *loaded.file;
  // getfieldInt: 0 aload_0, 1 getfield #n (3 bytes), 4 ireturn
  const MethodInfo& getfield = method_named(cf, "getfieldInt");
  EXPECT_EQ(helpful_npe_message(cf, getfield, 0), std::nullopt);
  EXPECT_TRUE(helpful_npe_message(cf, getfield, 1).has_value());
  EXPECT_EQ(helpful_npe_message(cf, getfield, 2), std::nullopt);  // inside getfield's operand
  EXPECT_EQ(helpful_npe_message(cf, getfield, 4), std::nullopt);
  EXPECT_EQ(helpful_npe_message(cf, getfield, 5), std::nullopt);  // past the end
  EXPECT_EQ(helpful_npe_message(cf, getfield, 1u << 20), std::nullopt);
  // invokestatic and getstatic never dereference.
  const MethodInfo& probe = method_named(cf, "probe_getfield_int");  // aconst_null, invokestatic
  EXPECT_EQ(helpful_npe_message(cf, probe, 1), std::nullopt);
  const LoadedClass& names = load_class("plain", "NpeNames");
  ASSERT_TRUE(names.file);
  const MethodInfo& package_static = method_named(*names.file, "packageStatic");
  EXPECT_EQ(helpful_npe_message(*names.file, package_static, 0), std::nullopt);  // getstatic
}

// `throw new NullPointerException()`: the exception's stack trace starts at the constructor
// call, and HotSpot computes no message for such explicitly created NPEs.
TEST(NpeMessage, NoMessageAtConstructorCall) {
  const LoadedClass& loaded = load_class("plain", "NpeActions");
  ASSERT_TRUE(loaded.file);
  const MethodInfo& explicit_npe = method_named(*loaded.file, "explicitNpe");
  // new #NPE, dup, invokespecial <init>, athrow
  const std::vector<uint8_t>& code = explicit_npe.code->bytecode;
  ASSERT_GE(code.size(), 8u);
  ASSERT_EQ(code[4], 0xb7);  // invokespecial
  EXPECT_EQ(helpful_npe_message(*loaded.file, explicit_npe, 4), std::nullopt);
  // The athrow itself can throw an NPE (never here: a new object is not null).
  EXPECT_TRUE(helpful_npe_message(*loaded.file, explicit_npe, 7)
                  .value_or("")
                  .starts_with("Cannot throw exception"));
}

TEST(NpeMessage, NoMessageWithoutCode) {
  const LoadedClass& loaded = load_class("plain", "npe/pkg/PkgTarget$Shape");
  ASSERT_TRUE(loaded.file);
  const MethodInfo& sides = method_named(*loaded.file, "sides");
  ASSERT_FALSE(sides.code.has_value());
  EXPECT_EQ(helpful_npe_message(*loaded.file, sides, 0), std::nullopt);
}

// Local-variable entries that do not cover the load are ignored, whatever else they cover.
TEST(NpeMessage, LocalVariableTableIsLookedUpAtTheLoad) {
  const LoadedClass& loaded = load_class("plain", "NpeSources");
  ASSERT_TRUE(loaded.file);
  const ClassFile& cf = *loaded.file;
  const MethodInfo& param1 = method_named(cf, "param1");  // 0 aload_0, 1 invokevirtual length
  std::string name = "text";
  LocalVariableName covering{0, 1, 0, name};
  LocalVariableName other_slot{0, 5, 1, name};
  LocalVariableName failing_only{1, 3, 0, name};
  EXPECT_EQ(helpful_npe_message(cf, param1, 1, std::span(&covering, 1)),
            "Cannot invoke \"String.length()\" because \"text\" is null");
  EXPECT_EQ(helpful_npe_message(cf, param1, 1, std::span(&other_slot, 1)),
            "Cannot invoke \"String.length()\" because \"<parameter1>\" is null");
  EXPECT_EQ(helpful_npe_message(cf, param1, 1, std::span(&failing_only, 1)),
            "Cannot invoke \"String.length()\" because \"<parameter1>\" is null");
}

// Damaged bytecode (the runtime may skip the structural check) must never crash the analysis
// or read outside the code; run under ASan/UBSan this is the robustness test.
TEST(NpeMessage, SurvivesDamagedBytecode) {
  std::mt19937 random(358);
  for (const char* name : {"NpeFlow", "NpeSources", "NpeDepth", "Odd", "OddJsr", "NpeSyntax"}) {
    const LoadedClass& loaded = load_class("plain", name);
    ASSERT_TRUE(loaded.file);
    for (const MethodInfo& original : loaded.file->methods) {
      if (!original.code) continue;
      for (int round = 0; round < 40; ++round) {
        MethodInfo damaged = original;
        std::vector<uint8_t>& code = damaged.code->bytecode;
        if (code.empty()) break;
        int edits = 1 + static_cast<int>(random() % 4);
        for (int i = 0; i < edits; ++i)
          code[random() % code.size()] = static_cast<uint8_t>(random());
        if (round % 5 == 4) code.resize(random() % code.size());
        if (round % 7 == 6) damaged.code->max_stack = static_cast<uint16_t>(random() % 3);
        if (round % 3 == 2) {
          damaged.code->exception_handlers.push_back(
              {static_cast<uint16_t>(random() % 64), static_cast<uint16_t>(random() % 64),
               static_cast<uint16_t>(random() % (code.size() + 2)), 0});
        }
        for (uint32_t bci = 0; bci <= code.size(); ++bci) {
          (void)helpful_npe_message(*loaded.file, damaged, bci);
        }
      }
    }
  }
}

}  // namespace
