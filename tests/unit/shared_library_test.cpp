// Tests of src/shared_library/ without a VM or a compiler: the stored jar the library embeds, the
// default C names, and the header text. tests/isolate/shared runs `islet --shared` end to end.
#include <gtest/gtest.h>

#include <cctype>

#include "classfile/zip_archive.hpp"
#include "shared_library/class_path_bundle.hpp"
#include "shared_library/entry_points.hpp"
#include "shared_library/library_sources.hpp"

namespace islet::shared_library {
namespace {

TEST(StoredJar, ReadsBackWithTheRuntimesZipReader) {
  std::vector<BundledFile> files = {
      {"demo/Library.class", {0xca, 0xfe, 0xba, 0xbe, 0, 1, 2}},
      {"META-INF/MANIFEST.MF", {'M', 'a', 'n'}},
      {"empty.txt", {}},
  };
  std::string error;
  auto jar = write_stored_jar(files, &error);
  ASSERT_TRUE(jar.has_value()) << error;
  auto archive = classfile::ZipArchive::open_memory(*jar, &error);
  ASSERT_NE(archive, nullptr) << error;
  EXPECT_EQ(archive->entry_names(), (std::vector<std::string>{"demo/Library.class", "META-INF/MANIFEST.MF", "empty.txt"}));
  for (const BundledFile& file : files) {
    auto bytes = archive->read(file.name, &error);
    ASSERT_TRUE(bytes.has_value()) << file.name << ": " << error;
    EXPECT_EQ(*bytes, file.bytes) << file.name;
  }
}

TEST(StoredJar, EmptyClassPathIsAnEmptyArchive) {
  std::string error;
  auto jar = write_stored_jar({}, &error);
  ASSERT_TRUE(jar.has_value());
  EXPECT_EQ(jar->size(), 22u);  // the end-of-central-directory record alone
}

TEST(ClassPath, MissingElementIsAnError) {
  std::string error;
  EXPECT_FALSE(read_class_path({"/nonexistent/app.jar"}, &error).has_value());
  EXPECT_EQ(error, "class path element /nonexistent/app.jar does not exist");
}

bool is_base62(std::string_view text) {
  for (char c : text) {
    if (!std::isalnum(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

TEST(DefaultName, IsClassMethodAndDigest) {
  std::string name = default_c_name("demo/Library", "twice", "(Lorg/graalvm/nativeimage/IsolateThread;I)I");
  ASSERT_EQ(name.size(), std::string("Library_twice_").size() + 22);
  EXPECT_EQ(name.substr(0, 14), "Library_twice_");
  EXPECT_TRUE(is_base62(name.substr(14)));
  // The digest covers the whole signature: an overload gets another name, the same one the same.
  EXPECT_NE(name, default_c_name("demo/Library", "twice", "(Lorg/graalvm/nativeimage/IsolateThread;J)J"));
  EXPECT_EQ(name, default_c_name("demo/Library", "twice", "(Lorg/graalvm/nativeimage/IsolateThread;I)I"));
}

TEST(DefaultName, NestedClassDollarBecomesUnderscore) {
  std::string name = default_c_name("demo/Outer$Inner", "run", "(Lorg/graalvm/nativeimage/IsolateThread;)V");
  EXPECT_EQ(name.substr(0, 16), "Outer_Inner_run_");
}

TEST(Header, LooksLikeNativeImages) {
  EntryPoint add;
  add.c_name = "add";
  add.parameters = {&isolate_thread_type(), &isolate_thread_type()};
  add.result = &isolate_thread_type();
  add.documentation = {"Adds."};
  std::string header = library_header("libapp", {add});
  EXPECT_EQ(header,
            "#ifndef __LIBAPP_H\n#define __LIBAPP_H\n\n#include <graal_isolate.h>\n\n\n"
            "#if defined(__cplusplus)\nextern \"C\" {\n#endif\n\n"
            "/*\n * Adds.\n */\n"
            "graal_isolatethread_t* add(graal_isolatethread_t*, graal_isolatethread_t*);\n\n"
            "#if defined(__cplusplus)\n}\n#endif\n#endif\n");
}

}  // namespace
}  // namespace islet::shared_library
