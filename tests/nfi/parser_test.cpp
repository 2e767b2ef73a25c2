// The NFI language: every command form, every type spelling, and the exact error for each
// malformed form (column and what was expected).
#include <dlfcn.h>
#include <gtest/gtest.h>

#include "islet/nfi.hpp"

namespace nfi = islet::nfi;

namespace {

std::string spelled(std::string_view text) { return nfi::Signature(text).to_string(); }

// Runs `action`, expecting an nfi::Error; returns it for inspection.
template <class Action>
nfi::Error error_of(Action action) {
  try {
    action();
  } catch (const nfi::Error& error) {
    return error;
  }
  ADD_FAILURE() << "expected an islet::nfi::Error";
  return nfi::Error(nfi::Error::Kind::Usage, "none");
}

nfi::Error eval_error(std::string_view source) {
  return error_of([&] { nfi::Context().eval(source); });
}

}  // namespace

TEST(NfiParser, SimpleTypesInAnyCase) {
  EXPECT_EQ(spelled("():void"), "():VOID");
  EXPECT_EQ(spelled("(sint8, Uint8, SINT16, uint16, sInt32, UINT32, sint64, uint64):Double"),
            "(SINT8, UINT8, SINT16, UINT16, SINT32, UINT32, SINT64, UINT64):DOUBLE");
  EXPECT_EQ(spelled("(float, double, fp80, pointer, string, object, env):sint32"),
            "(FLOAT, DOUBLE, FP80, POINTER, STRING, OBJECT, ENV):SINT32");
  EXPECT_EQ(spelled("  ( SINT32 ,SINT32 )  :  SINT32  "), "(SINT32, SINT32):SINT32");
}

TEST(NfiParser, ArraysFunctionPointersStructs) {
  EXPECT_EQ(spelled("([sint32], [double]):void"), "([SINT32], [DOUBLE]):VOID");
  EXPECT_EQ(spelled("((SINT32):SINT32):VOID"), "((SINT32):SINT32):VOID");
  EXPECT_EQ(spelled("(POINTER, UINT64, UINT64, (POINTER, POINTER):SINT32):VOID"),
            "(POINTER, UINT64, UINT64, (POINTER, POINTER):SINT32):VOID");
  EXPECT_EQ(spelled("(((SINT32):SINT32, SINT32):SINT32, (SINT32):SINT32, SINT32):SINT32"),
            "(((SINT32):SINT32, SINT32):SINT32, (SINT32):SINT32, SINT32):SINT32");
  EXPECT_EQ(spelled("(SINT32):(SINT32, SINT32):SINT32"), "(SINT32):(SINT32, SINT32):SINT32");
  EXPECT_EQ(spelled("(struct(sint32, double)):STRUCT(STRUCT(SINT32, SINT32), FLOAT, UINT8)"),
            "(STRUCT(SINT32, DOUBLE)):STRUCT(STRUCT(SINT32, SINT32), FLOAT, UINT8)");
}

TEST(NfiParser, Variadic) {
  nfi::Signature printf_like("(STRING, ...SINT32, DOUBLE):SINT32");
  EXPECT_TRUE(printf_like.is_variadic());
  EXPECT_EQ(printf_like.to_string(), "(STRING, ...SINT32, DOUBLE):SINT32");
  EXPECT_EQ(printf_like.argument_count(), 3u);
  EXPECT_EQ(spelled("(SINT32, ... SINT32):SINT32"), "(SINT32, ...SINT32):SINT32");
  EXPECT_FALSE(nfi::Signature("(STRING):SINT32").is_variadic());
}

TEST(NfiParser, EnvIsNotCountedAsAnArgument) {
  EXPECT_EQ(nfi::Signature("(ENV, SINT32, ENV, SINT32):VOID").argument_count(), 2u);
}

TEST(NfiParser, SignatureSourceEvaluatesToSignature) {
  nfi::Value value = nfi::Context().eval("(DOUBLE):DOUBLE");
  ASSERT_EQ(value.kind(), nfi::Value::Kind::Signature);
  EXPECT_EQ(value.as_signature().to_string(), "(DOUBLE):DOUBLE");
  EXPECT_EQ(nfi::Context().eval("with native (SINT32):VOID").as_signature().to_string(),
            "(SINT32):VOID");
}

TEST(NfiParser, LoadForms) {
  nfi::Context context;
  EXPECT_EQ(context.eval("default").as_library().name(), "default");
  EXPECT_EQ(context.eval("load \"libm.so.6\"").as_library().name(), "libm.so.6");
  EXPECT_EQ(context.eval("load libm.so.6").as_library().name(), "libm.so.6");
  EXPECT_EQ(context.eval("load (RTLD_GLOBAL | RTLD_LAZY) \"libm.so.6\"").as_library().name(),
            "libm.so.6");
  EXPECT_EQ(context.eval("load (rtld_local) libm.so.6").as_library().name(), "libm.so.6");
  EXPECT_EQ(context.eval("LOAD \"" ISLET_NFI_TESTLIB "\"").as_library().name(), ISLET_NFI_TESTLIB);
  EXPECT_EQ(context.eval("with panama load \"libm.so.6\"").as_library().name(), "libm.so.6");
  EXPECT_EQ(context.eval("with NATIVE default").as_library().name(), "default");
}

TEST(NfiParser, LoadFlagsReachDlopen) {
  // RTLD_NOOPEN probes: after a RTLD_GLOBAL load, the library's symbols are in the global scope.
  nfi::Context context;
  nfi::Value library = context.eval("load (RTLD_LAZY | RTLD_GLOBAL) \"" ISLET_NFI_TESTLIB "\"");
  EXPECT_NE(dlsym(RTLD_DEFAULT, "widen_u32"), nullptr);
  EXPECT_TRUE(library.has_member("widen_u32"));
}

TEST(NfiParser, CombinedLoadBindsFunctions) {
  nfi::Value library =
      nfi::Context().eval("load \"libm.so.6\" { cos(double):double; pow(DOUBLE, DOUBLE):DOUBLE; }");
  EXPECT_EQ(library.member_keys(), (std::vector<std::string>{"cos", "pow"}));
  EXPECT_DOUBLE_EQ(library.get_member("cos").execute({0.0}).as<double>(), 1.0);
  EXPECT_DOUBLE_EQ(library.invoke_member("pow", {2.0, 10.0}).as<double>(), 1024.0);
  nfi::Value bare = nfi::Context().eval("load libm.so.6 {cos(DOUBLE):DOUBLE;}");
  EXPECT_DOUBLE_EQ(bare.as_library().function("cos").call<double>(0.0), 1.0);
  nfi::Value empty = nfi::Context().eval("default { }");
  EXPECT_TRUE(empty.member_keys().empty());
}

// --- malformed sources: the exact message and column ---

struct Malformed {
  const char* source;
  nfi::Error::Kind kind;
  int column;
  const char* message;
};

class NfiParserErrors : public ::testing::TestWithParam<Malformed> {};

TEST_P(NfiParserErrors, ExactMessage) {
  const Malformed& expected = GetParam();
  nfi::Error error = eval_error(expected.source);
  EXPECT_EQ(error.what(), std::string(expected.message));
  EXPECT_EQ(error.column(), expected.column);
  EXPECT_EQ(error.kind(), expected.kind);
}

constexpr auto kSyntax = nfi::Error::Kind::Syntax;
constexpr auto kSignature = nfi::Error::Kind::Signature;

INSTANTIATE_TEST_SUITE_P(
    AllForms, NfiParserErrors,
    ::testing::Values(
        Malformed{"load \"libm.so.6", kSyntax, 6,
                  "NFI syntax error at column 6 of \"load \"libm.so.6\": unterminated string "
                  "starting here"},
        Malformed{"(SINT33):VOID", kSyntax, 2,
                  "NFI syntax error at column 2 of \"(SINT33):VOID\": unknown type 'SINT33' "
                  "(expected VOID, "
                  "SINT8..SINT64, UINT8..UINT64, FLOAT, DOUBLE, FP80, POINTER, STRING, OBJECT, "
                  "ENV, [type], "
                  "STRUCT(...) or a signature)"},
        Malformed{"(SINT32)SINT32", kSyntax, 9,
                  "NFI syntax error at column 9 of \"(SINT32)SINT32\": expected ':' between the "
                  "argument list "
                  "and the return type, found 'SINT32'"},
        Malformed{"load (RTLD_NOWW) \"libm.so.6\"", kSyntax, 7,
                  "NFI syntax error at column 7 of \"load (RTLD_NOWW) \"libm.so.6\"\": unknown "
                  "flag 'RTLD_NOWW' "
                  "(expected RTLD_GLOBAL, RTLD_LOCAL, RTLD_LAZY or RTLD_NOW)"},
        Malformed{"load (RTLD_NOW | ) x", kSyntax, 18,
                  "NFI syntax error at column 18 of \"load (RTLD_NOW | ) x\": expected a flag "
                  "(RTLD_GLOBAL, "
                  "RTLD_LOCAL, RTLD_LAZY or RTLD_NOW), found ')'"},
        Malformed{"load (RTLD_NOW \"x\"", kSyntax, 16,
                  "NFI syntax error at column 16 of \"load (RTLD_NOW \"x\"\": expected ')' after "
                  "the load flags, "
                  "found '\"'"},
        Malformed{"load", kSyntax, 5,
                  "NFI syntax error at column 5 of \"load\": expected a file name (\"quoted\" or "
                  "bare), found end "
                  "of input"},
        Malformed{"", kSyntax, 1,
                  "NFI syntax error at column 1 of \"\": expected 'default', 'load' or a signature "
                  "'(...):...'"},
        Malformed{"unload x", kSyntax, 1,
                  "NFI syntax error at column 1 of \"unload x\": expected 'default', 'load' or a "
                  "signature "
                  "'(...):...'"},
        Malformed{"(SINT32):VOID x", kSyntax, 15,
                  "NFI syntax error at column 15 of \"(SINT32):VOID x\": expected end of input, "
                  "found 'x'"},
        Malformed{
            "(SINT32, :VOID", kSyntax, 10,
            "NFI syntax error at column 10 of \"(SINT32, :VOID\": expected a type, found ':'"},
        Malformed{"(SINT32:VOID", kSyntax, 8,
                  "NFI syntax error at column 8 of \"(SINT32:VOID\": expected ')' to close the "
                  "argument list, "
                  "found ':'"},
        Malformed{
            "(SINT32):", kSyntax, 10,
            "NFI syntax error at column 10 of \"(SINT32):\": expected a type, found end of input"},
        Malformed{"([SINT32):VOID", kSyntax, 9,
                  "NFI syntax error at column 9 of \"([SINT32):VOID\": expected ']' to close the "
                  "array type, "
                  "found ')'"},
        Malformed{"(STRUCT():VOID", kSyntax, 9,
                  "NFI syntax error at column 9 of \"(STRUCT():VOID\": expected a field type, "
                  "found ')' (STRUCT "
                  "needs at least one field)"},
        Malformed{"(STRING, ...):SINT32", kSyntax, 13,
                  "NFI syntax error at column 13 of \"(STRING, ...):SINT32\": expected a type "
                  "after '...' "
                  "(variadic arguments are given their actual types), found ')'"},
        Malformed{"(...SINT32, ...SINT32):VOID", kSyntax, 13,
                  "NFI syntax error at column 13 of \"(...SINT32, ...SINT32):VOID\": only one "
                  "'...' is allowed "
                  "in a signature"},
        Malformed{"((SINT32, ...DOUBLE):VOID):VOID", kSyntax, 2,
                  "NFI syntax error at column 2 of \"((SINT32, ...DOUBLE):VOID):VOID\": a "
                  "function-pointer type "
                  "cannot be variadic"},
        Malformed{"with", kSyntax, 5,
                  "NFI syntax error at column 5 of \"with\": expected a backend name after 'with'"},
        Malformed{"load \"libm.so.6\" { cos(DOUBLE):DOUBLE }", kSyntax, 39,
                  "NFI syntax error at column 39 of \"load \"libm.so.6\" { cos(DOUBLE):DOUBLE }\": "
                  "expected ';' "
                  "after the signature of 'cos', found '}'"},
        Malformed{"load \"libm.so.6\" { cos:DOUBLE; }", kSyntax, 23,
                  "NFI syntax error at column 23 of \"load \"libm.so.6\" { cos:DOUBLE; }\": "
                  "expected '(' to start "
                  "the signature of 'cos', found ':'"},
        Malformed{"load \"libm.so.6\" { cos(DOUBLE):DOUBLE;", kSyntax, 39,
                  "NFI syntax error at column 39 of \"load \"libm.so.6\" { cos(DOUBLE):DOUBLE;\": "
                  "expected '}' to "
                  "close the bindings, found end of input"},
        Malformed{"load \"libm.so.6\" { cos(DOUBLE):DOUBLE; cos(DOUBLE):DOUBLE; }", kSyntax, 40,
                  "NFI syntax error at column 40 of \"load \"libm.so.6\" { cos(DOUBLE):DOUBLE; "
                  "cos(DOUBLE):DOUBLE; }\": function 'cos' is bound twice"},
        Malformed{"(VOID):VOID", kSignature, 1,
                  "VOID is only allowed as a return type (argument 1 of (VOID):VOID) (signature at "
                  "column 1)"},
        Malformed{"(SINT32):ENV", kSignature, 1,
                  "ENV is only allowed as an argument type (signature at column 1)"},
        Malformed{"(SINT32):[SINT32]", kSignature, 1,
                  "array types are only allowed as argument types (signature at column 1)"},
        Malformed{"([STRING]):VOID", kSignature, 1,
                  "array elements must be numbers, not STRING (argument 1 of ([STRING]):VOID) "
                  "(signature at "
                  "column 1)"},
        Malformed{"(SINT32, (STRUCT(STRING)):VOID):VOID", kSignature, 10,
                  "STRUCT fields must be numbers, POINTER or STRUCT, not STRING (signature at "
                  "column 10)"}));

TEST(NfiParser, UnknownBackendsNameTheAvailableOnes) {
  nfi::Error llvm = eval_error("with llvm load \"libm.so.6\"");
  EXPECT_EQ(llvm.kind(), nfi::Error::Kind::Backend);
  EXPECT_STREQ(
      llvm.what(),
      "NFI backend 'llvm' is not available (column 6); available backends: native, panama");
  nfi::Error other = eval_error("with truffle (SINT32):VOID");
  EXPECT_STREQ(
      other.what(),
      "NFI backend 'truffle' is not available (column 6); available backends: native, panama");
}

TEST(NfiParser, SignatureConstructorRejectsLibraryCommands) {
  nfi::Error error = error_of([] { nfi::Signature("default"); });
  EXPECT_EQ(error.kind(), nfi::Error::Kind::Syntax);
  EXPECT_STREQ(error.what(),
               "NFI syntax error at column 1 of \"default\": expected a signature '(...):...', "
               "found a library "
               "command");
}

// Every prefix and many single-byte mutations of valid sources either parse or throw
// nfi::Error: never a crash, never another exception (run under ASan/UBSan too).
TEST(NfiParser, TruncatedAndMutatedSourcesOnlyThrowErrors) {
  const std::string sources[] = {
      "with native load (RTLD_LAZY | RTLD_GLOBAL) \"libm.so.6\" { cos(DOUBLE):DOUBLE; }",
      "(POINTER, UINT64, UINT64, (POINTER, POINTER):SINT32):VOID",
      "(STRING, ...SINT32, [DOUBLE], STRUCT(SINT8, STRUCT(FLOAT, FP80))):((ENV, OBJECT):STRING, "
      "SINT64):VOID",
  };
  const char replacements[] = {'(', ')', '[', ']', '{', '}', ':',  ';',
                               ',', '|', '.', '"', ' ', 'x', '\0', '\\'};
  size_t parsed = 0, rejected = 0;
  auto attempt = [&](const std::string& text) {
    try {
      nfi::Signature signature(
          text);  // parses the full grammar; library commands are rejected after
      ++parsed;
    } catch (const nfi::Error&) {
      ++rejected;
    }
  };
  for (const std::string& source : sources) {
    for (size_t length = 0; length <= source.size(); ++length) attempt(source.substr(0, length));
    for (size_t position = 0; position < source.size(); ++position) {
      for (char replacement : replacements) {
        std::string mutated = source;
        mutated[position] = replacement;
        attempt(mutated);
      }
    }
  }
  EXPECT_GT(parsed, 0u);
  EXPECT_GT(rejected, 1000u);
}

TEST(NfiParser, DeepNestingIsAnErrorNotAStackOverflow) {
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += "[";
  nfi::Error error = error_of([&] { nfi::Signature("(" + deep + "SINT32):VOID"); });
  EXPECT_EQ(error.kind(), nfi::Error::Kind::Syntax);
  EXPECT_EQ(error.column(), 102);
  std::string nested_signatures = "(SINT32):VOID";
  for (int i = 0; i < 50; ++i) nested_signatures = "(" + nested_signatures + "):VOID";
  EXPECT_NO_THROW(nfi::Signature{nested_signatures});
}
