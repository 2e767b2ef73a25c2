// Unit tests of classfile/descriptor.hpp (descriptor grammar, slots, message spellings) and
// classfile/modified_utf8.hpp (modified and standard UTF-8 <-> UTF-16).
#include "classfile/descriptor.hpp"

#include <gtest/gtest.h>

#include <string>

#include "classfile/modified_utf8.hpp"

namespace islet::classfile {
namespace {

TEST(FieldDescriptor, AcceptsEveryBaseTypeObjectsAndArrays) {
  for (const char* good : {"Z", "B", "C", "S", "I", "J", "F", "D", "Ljava/lang/String;", "[I",
                           "[[Ljava/lang/Object;", "La;", "La/b/c;", "L\xC3\xA9t\xC3\xA9;"}) {
    EXPECT_TRUE(is_valid_field_descriptor(good)) << good;
  }
}

TEST(FieldDescriptor, RejectsMalformed) {
  for (const char* bad :
       {"", "V", "[V", "X", "II", "L;", "Ljava/lang/String", "Ljava.lang.String;", "Ljava//String;",
        "L/a;", "La/;", "[", "Ljava/lang/String;I", "La[b;", "I;", "L;;"}) {
    EXPECT_FALSE(is_valid_field_descriptor(bad)) << bad;
  }
}

TEST(FieldDescriptor, ArrayDimensionLimitIs255) {
  std::string ok = std::string(255, '[') + "I";
  std::string too_deep = std::string(256, '[') + "I";
  EXPECT_TRUE(is_valid_field_descriptor(ok));
  EXPECT_FALSE(is_valid_field_descriptor(too_deep));
  EXPECT_TRUE(is_valid_class_name(ok));
  EXPECT_FALSE(is_valid_class_name(too_deep));
}

TEST(FieldDescriptor, ParsesTypesWithViewsIntoTheInput) {
  std::string text = "Ljava/lang/String;";
  auto object = parse_field_descriptor(text);
  ASSERT_TRUE(object);
  EXPECT_EQ(object->type, BasicType::Object);
  EXPECT_EQ(object->class_name, "java/lang/String");
  EXPECT_EQ(object->class_name.data(), text.data() + 1);  // a view, not a copy

  auto array = parse_field_descriptor("[[J");
  ASSERT_TRUE(array);
  EXPECT_EQ(array->type, BasicType::Array);
  EXPECT_EQ(array->class_name, "[[J");

  auto primitive = parse_field_descriptor("D");
  ASSERT_TRUE(primitive);
  EXPECT_EQ(primitive->type, BasicType::Double);
  EXPECT_TRUE(primitive->class_name.empty());
  EXPECT_FALSE(parse_field_descriptor("Q"));
}

TEST(MethodDescriptor, ParsesParametersReturnAndSlots) {
  std::string text = "(IJ[Ljava/lang/String;DLjava/util/List;)Ljava/lang/Object;";
  auto parsed = parse_method_descriptor(text);
  ASSERT_TRUE(parsed);
  ASSERT_EQ(parsed->params.size(), 5u);
  EXPECT_EQ(parsed->params[0].type, BasicType::Int);
  EXPECT_EQ(parsed->params[1].type, BasicType::Long);
  EXPECT_EQ(parsed->params[2].type, BasicType::Array);
  EXPECT_EQ(parsed->params[2].class_name, "[Ljava/lang/String;");
  EXPECT_EQ(parsed->params[3].type, BasicType::Double);
  EXPECT_EQ(parsed->params[4].class_name, "java/util/List");
  EXPECT_EQ(parsed->ret.type, BasicType::Object);
  EXPECT_EQ(parsed->ret.class_name, "java/lang/Object");
  EXPECT_EQ(parsed->arg_slots, 1 + 2 + 1 + 2 + 1);

  auto nothing = parse_method_descriptor("()V");
  ASSERT_TRUE(nothing);
  EXPECT_TRUE(nothing->params.empty());
  EXPECT_EQ(nothing->ret.type, BasicType::Void);
  EXPECT_EQ(nothing->arg_slots, 0);
}

TEST(MethodDescriptor, RejectsMalformed) {
  for (const char* bad :
       {"", "V", "()", "(", ")V", "(V)V", "()VV", "()[V", "(I", "(I)", "(Ljava/lang/String)V",
        "()Ljava/lang/String", "(I)V;", "[()V", "()II", "(;)V"}) {
    EXPECT_FALSE(is_valid_method_descriptor(bad)) << bad;
  }
  EXPECT_TRUE(is_valid_method_descriptor("([[I)[J"));
}

TEST(MethodDescriptor, ArgumentSlotLimitIs255) {
  std::string ints(255, 'I');
  EXPECT_TRUE(is_valid_method_descriptor("(" + ints + ")V"));
  EXPECT_FALSE(is_valid_method_descriptor("(" + ints + "I)V"));
  std::string longs(127, 'J');  // 254 slots
  EXPECT_TRUE(is_valid_method_descriptor("(" + longs + "I)V"));
  EXPECT_FALSE(is_valid_method_descriptor("(" + longs + "J)V"));
}

TEST(Names, ClassNames) {
  EXPECT_TRUE(is_valid_class_name("java/lang/Object"));
  EXPECT_TRUE(is_valid_class_name("Foo"));
  EXPECT_TRUE(is_valid_class_name("Outer$Inner"));
  EXPECT_TRUE(is_valid_class_name("[Ljava/lang/Object;"));
  EXPECT_TRUE(is_valid_class_name("module-info"));
  for (const char* bad :
       {"", "java.lang.Object", "/Foo", "Foo/", "a//b", "Foo;", "[", "[Foo", "La;", "a[b"}) {
    EXPECT_FALSE(is_valid_class_name(bad)) << bad;
  }
}

TEST(Names, FieldAndMethodNames) {
  EXPECT_TRUE(is_valid_field_name("value"));
  EXPECT_TRUE(is_valid_field_name("<weird>"));  // only method names exclude angle brackets
  EXPECT_TRUE(is_valid_field_name("this$0"));
  for (const char* bad : {"", "a.b", "a;b", "a[b", "a/b"}) {
    EXPECT_FALSE(is_valid_field_name(bad)) << bad;
  }
  EXPECT_TRUE(is_valid_method_name("<init>"));
  EXPECT_TRUE(is_valid_method_name("<clinit>"));
  EXPECT_TRUE(is_valid_method_name("lambda$main$0"));
  for (const char* bad : {"", "<init", "<other>", "a<b", "a>b", "a.b", "a/b"}) {
    EXPECT_FALSE(is_valid_method_name(bad)) << bad;
  }
}

TEST(Slots, SizesOfBasicTypes) {
  EXPECT_EQ(slot_size(BasicType::Long), 2);
  EXPECT_EQ(slot_size(BasicType::Double), 2);
  EXPECT_EQ(slot_size(BasicType::Void), 0);
  EXPECT_EQ(slot_size(BasicType::Int), 1);
  EXPECT_EQ(slot_size(BasicType::Object), 1);
  EXPECT_EQ(slot_size(BasicType::Array), 1);
  EXPECT_EQ(slot_size(BasicType::Boolean), 1);
  EXPECT_EQ(slot_size_of_descriptor("J"), 2);
  EXPECT_EQ(slot_size_of_descriptor("[J"), 1);
  EXPECT_EQ(slot_size_of_descriptor("Ljava/lang/Long;"), 1);
}

TEST(Messages, ExternalTypeNames) {
  EXPECT_EQ(external_type_name("I"), "int");
  EXPECT_EQ(external_type_name("Z"), "boolean");
  EXPECT_EQ(external_type_name("V"), "void");
  EXPECT_EQ(external_type_name("Ljava/lang/String;"), "java.lang.String");
  EXPECT_EQ(external_type_name("[Ljava/lang/String;"), "java.lang.String[]");
  EXPECT_EQ(external_type_name("[[D"), "double[][]");
  EXPECT_EQ(external_type_name("garbage"), "garbage");
  EXPECT_EQ(external_class_name("java/util/Map$Entry"), "java.util.Map$Entry");
  EXPECT_EQ(external_class_name("[Ljava/lang/String;"), "[Ljava.lang.String;");
}

TEST(Messages, HotSpotNoSuchMethodErrorSpelling) {
  EXPECT_EQ(method_signature_for_messages("Foo", "bar", "(I[Ljava/lang/String;)V"),
            "'void Foo.bar(int, java.lang.String[])'");
  EXPECT_EQ(method_signature_for_messages("a/b/C", "get", "()Ljava/util/List;"),
            "'java.util.List a.b.C.get()'");
  EXPECT_EQ(method_signature_for_messages("p/Q", "m", "(JD[[Z)[J"),
            "'long[] p.Q.m(long, double, boolean[][])'");
}

// --- modified UTF-8 ---

TEST(ModifiedUtf8, Validity) {
  EXPECT_TRUE(is_valid_modified_utf8(""));
  EXPECT_TRUE(is_valid_modified_utf8("plain ascii"));
  EXPECT_TRUE(is_valid_modified_utf8("\xC0\x80"));                    // NUL
  EXPECT_TRUE(is_valid_modified_utf8("h\xC3\xA9llo"));                // é
  EXPECT_TRUE(is_valid_modified_utf8("\xE2\x82\xAC"));                // €
  EXPECT_TRUE(is_valid_modified_utf8("\xED\xA0\xBD\xED\xB8\x80"));    // U+1F600 as surrogates
  EXPECT_TRUE(is_valid_modified_utf8("\xED\xA0\x80"));                // a lone surrogate
  EXPECT_FALSE(is_valid_modified_utf8(std::string_view("a\0b", 3)));  // raw NUL
  EXPECT_FALSE(is_valid_modified_utf8("\xF0\x9F\x98\x80"));           // 4-byte form
  EXPECT_FALSE(is_valid_modified_utf8("\x80"));                       // stray continuation
  EXPECT_FALSE(is_valid_modified_utf8("\xC3"));                       // truncated
  EXPECT_FALSE(is_valid_modified_utf8("\xE2\x82"));                   // truncated
  EXPECT_FALSE(is_valid_modified_utf8("\xE2\x28\xA1"));               // bad continuation
  EXPECT_FALSE(is_valid_modified_utf8("\xE0\x80\x80"));               // overlong 3-byte
  EXPECT_FALSE(is_valid_modified_utf8("\xFF"));
}

TEST(ModifiedUtf8, DecodeAndEncodeRoundTrip) {
  std::u16string text = u"h\u00e9llo ";
  text.push_back(u'\0');
  text += u" w\u00f6rld \U0001F600 \u20AC";
  std::string encoded = encode_modified_utf8(text);
  EXPECT_EQ(encoded.find('\0'), std::string::npos);
  EXPECT_NE(encoded.find("\xC0\x80"), std::string::npos);
  EXPECT_NE(encoded.find("\xED\xA0\xBD\xED\xB8\x80"), std::string::npos);
  EXPECT_TRUE(is_valid_modified_utf8(encoded));
  EXPECT_EQ(decode_modified_utf8(encoded), text);
  EXPECT_EQ(decode_modified_utf8("\xC0\x80"), std::u16string(1, u'\0'));
}

TEST(StandardUtf8, FromUtf16) {
  EXPECT_EQ(utf16_to_utf8(u"abc"), "abc");
  EXPECT_EQ(utf16_to_utf8(u"\u00e9\u20AC"), "\xC3\xA9\xE2\x82\xAC");
  EXPECT_EQ(utf16_to_utf8(u"\U0001F600"), "\xF0\x9F\x98\x80");
  std::u16string nul(1, u'\0');
  EXPECT_EQ(utf16_to_utf8(nul), std::string(1, '\0'));  // standard UTF-8 keeps NUL as 00
  std::u16string lone_high = u"a";
  lone_high.push_back(char16_t(0xD83D));
  lone_high.push_back(u'b');
  EXPECT_EQ(utf16_to_utf8(lone_high), "a?b");
  std::u16string lone_low(1, char16_t(0xDE00));
  EXPECT_EQ(utf16_to_utf8(lone_low), "?");
}

TEST(StandardUtf8, ToUtf16ReplacesInvalidBytes) {
  EXPECT_EQ(utf8_to_utf16("abc"), u"abc");
  EXPECT_EQ(utf8_to_utf16("\xC3\xA9\xE2\x82\xAC"), u"\u00e9\u20AC");
  EXPECT_EQ(utf8_to_utf16("\xF0\x9F\x98\x80"), u"\U0001F600");
  EXPECT_EQ(utf8_to_utf16("a\xFF"
                          "b"),
            u"a\uFFFDb");
  EXPECT_EQ(utf8_to_utf16("\xC0\x80"), u"\uFFFD");          // overlong NUL is not standard
  EXPECT_EQ(utf8_to_utf16("\xED\xA0\xBD"), u"\uFFFD");      // encoded surrogate
  EXPECT_EQ(utf8_to_utf16("\xF4\x90\x80\x80"), u"\uFFFD");  // above U+10FFFF
  EXPECT_EQ(utf8_to_utf16("\xE2\x82"
                          "x"),
            u"\uFFFDx");  // truncated, then recovers
  EXPECT_EQ(utf8_to_utf16("\x80\x80"), u"\uFFFD\uFFFD");
}

}  // namespace
}  // namespace islet::classfile
