// Unit tests of classfile/zip_archive.hpp: a jar built at test time by the JDK's jar tool (on disk
// and in memory), archives built in memory with libzip, manifest parsing, concurrency and damage.
#include <gtest/gtest.h>
#include <unistd.h>
#include <zip.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "classfile/class_file.hpp"
#include "classfile/zip_archive.hpp"

namespace islet::classfile {
namespace {

namespace fs = std::filesystem;

std::vector<uint8_t> read_file_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Long enough that the jar tool wraps the manifest line (72 bytes) into continuation lines.
const std::string kLongMainClass =
    "fx.AVeryLongMainClassNameThatTheJarToolMustWrapBecauseManifestLinesHaveAtMost72Bytes";

// Builds a zip in memory with libzip; entries are (name, contents), deflated by default.
std::vector<uint8_t> make_zip(const std::vector<std::pair<std::string, std::string>>& entries) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  EXPECT_TRUE(buffer);
  zip_source_keep(buffer);  // survive zip_close, which writes the archive into it
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  EXPECT_TRUE(archive);
  for (const auto& [name, contents] : entries) {
    zip_source_t* source = zip_source_buffer(archive, contents.data(), contents.size(), 0);
    EXPECT_GE(zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8), 0);
  }
  EXPECT_EQ(zip_close(archive), 0);
  EXPECT_EQ(zip_source_open(buffer), 0);
  zip_source_seek(buffer, 0, SEEK_END);
  zip_int64_t size = zip_source_tell(buffer);
  zip_source_seek(buffer, 0, SEEK_SET);
  std::vector<uint8_t> bytes(static_cast<size_t>(size));
  EXPECT_EQ(zip_source_read(buffer, bytes.data(), bytes.size()), size);
  zip_source_close(buffer);
  zip_source_free(buffer);
  zip_error_fini(&error);
  return bytes;
}

class JarTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    directory_ = fs::temp_directory_path() / ("islet-zip-test-" + std::to_string(getpid()));
    fs::create_directories(directory_);
    fs::path manifest = directory_ / "manifest.txt";
    std::ofstream(manifest) << "Main-Class: " << kLongMainClass << "\nX-Islet-Test: yes\n";
    jar_ = directory_ / "app.jar";
    std::string command = std::string("\"") + ISLET_JAR_TOOL + "\" cfm \"" + jar_.string() +
                          "\" \"" + manifest.string() + "\" -C \"" + ISLET_CLASSFILE_FIXTURES +
                          "\" fx";
    jar_status_ = std::system(command.c_str());
  }
  static void TearDownTestSuite() {
    std::error_code ignored;
    fs::remove_all(directory_, ignored);
  }
  void SetUp() override { ASSERT_EQ(jar_status_, 0) << "the jar tool failed"; }

  static std::vector<uint8_t> fixture(std::string_view name) {
    return read_file_bytes(fs::path(ISLET_CLASSFILE_FIXTURES) / name);
  }

  // Checks that an archive opened from the jar (file or memory) shows the jar's contents.
  static void expect_jar_contents(const ZipArchive& archive) {
    EXPECT_TRUE(archive.contains("META-INF/MANIFEST.MF"));
    EXPECT_TRUE(archive.contains("fx/Lambdas.class"));
    EXPECT_TRUE(archive.contains("fx/Outer$Inner.class"));
    EXPECT_FALSE(archive.contains("fx/Missing.class"));
    EXPECT_FALSE(archive.contains("Lambdas.class"));
    EXPECT_FALSE(archive.contains(""));

    auto lambdas = archive.read("fx/Lambdas.class");
    ASSERT_TRUE(lambdas);
    EXPECT_EQ(*lambdas, fixture("fx/Lambdas.class"));
    EXPECT_FALSE(archive.read("fx/Missing.class"));

    ParseResult parsed = parse_class_file(*lambdas, "fx/Lambdas");
    ASSERT_TRUE(parsed.file) << parsed.error.message;
    EXPECT_EQ(parsed.file->this_class, "fx/Lambdas");

    auto names = archive.entry_names();
    EXPECT_NE(std::find(names.begin(), names.end(), "fx/Point.class"), names.end());
    EXPECT_NE(std::find(names.begin(), names.end(), "fx/"), names.end());  // directory entry
    size_t classes = std::count_if(names.begin(), names.end(), [](const std::string& name) {
      return name.ends_with(".class");
    });
    EXPECT_EQ(classes, 14u);

    EXPECT_EQ(manifest_main_class(archive), kLongMainClass);
  }

  static inline fs::path directory_;
  static inline fs::path jar_;
  static inline int jar_status_ = -1;
};

TEST_F(JarTest, OpenFile) {
  std::string error;
  auto archive = ZipArchive::open_file(jar_.string(), &error);
  ASSERT_TRUE(archive) << error;
  expect_jar_contents(*archive);
}

TEST_F(JarTest, OpenMemory) {
  auto bytes = read_file_bytes(jar_);
  std::string error;
  auto archive = ZipArchive::open_memory(bytes, &error);
  ASSERT_TRUE(archive) << error;
  expect_jar_contents(*archive);
}

TEST_F(JarTest, ManifestLinesAreWrappedByTheJarTool) {
  auto archive = ZipArchive::open_file(jar_.string(), nullptr);
  ASSERT_TRUE(archive);
  auto manifest = archive->read("META-INF/MANIFEST.MF");
  ASSERT_TRUE(manifest);
  std::string text(manifest->begin(), manifest->end());
  // The premise of the test: the value really was split across a continuation line.
  EXPECT_EQ(text.find(kLongMainClass), std::string::npos);
  EXPECT_NE(text.find("\r\n "), std::string::npos);
}

TEST_F(JarTest, ConcurrentReadsAreSafe) {
  auto archive = ZipArchive::open_file(jar_.string(), nullptr);
  ASSERT_TRUE(archive);
  const std::vector<std::string> names = {"fx/Lambdas.class", "fx/Point.class", "fx/Color.class",
                                          "fx/Outer.class"};
  std::vector<std::vector<uint8_t>> expected;
  for (const auto& name : names) expected.push_back(fixture(name));
  std::atomic<int> mismatches{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 50; ++i) {
        size_t which = (t + i) % names.size();
        auto contents = archive->read(names[which]);
        if (!contents || *contents != expected[which]) ++mismatches;
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(mismatches.load(), 0);
}

TEST_F(JarTest, DamagedArchivesFailCleanly) {
  auto bytes = read_file_bytes(jar_);
  std::string error;
  // No central directory: not an archive at all.
  std::vector<uint8_t> head(bytes.begin(), bytes.begin() + bytes.size() / 2);
  EXPECT_FALSE(ZipArchive::open_memory(head, &error));
  EXPECT_FALSE(error.empty());

  // Random damage anywhere: opening may fail, reads may fail, nothing may crash, and whatever a
  // read returns has the size the directory promised.
  std::mt19937 random(7);
  for (int round = 0; round < 200; ++round) {
    auto damaged = bytes;
    for (int e = 0; e < 3; ++e) damaged[random() % damaged.size()] = static_cast<uint8_t>(random());
    auto archive = ZipArchive::open_memory(damaged, nullptr);
    if (!archive) continue;
    for (const std::string& name : archive->entry_names()) {
      auto contents = archive->read(name);
      if (contents && name == "fx/Lambdas.class") {
        // A CRC mismatch must have been caught, so intact contents are the only ones possible
        // unless the damage hit only metadata that does not matter.
        EXPECT_EQ(*contents, fixture("fx/Lambdas.class"));
      }
    }
  }
}

TEST(ZipArchive, OpenErrors) {
  std::string error;
  EXPECT_FALSE(ZipArchive::open_file("/nonexistent/islet/none.jar", &error));
  EXPECT_NE(error.find("/nonexistent/islet/none.jar"), std::string::npos) << error;
  error.clear();
  std::vector<uint8_t> garbage(1000, 0x5A);
  EXPECT_FALSE(ZipArchive::open_memory(garbage, &error));
  EXPECT_FALSE(error.empty());
  EXPECT_FALSE(ZipArchive::open_memory({}, nullptr));  // null error pointer is allowed

  fs::path empty_file =
      fs::temp_directory_path() / ("islet-empty-" + std::to_string(getpid()) + ".jar");
  std::ofstream{empty_file};
  EXPECT_FALSE(ZipArchive::open_file(empty_file.string(), &error));
  EXPECT_NE(error.find("zip file is empty"), std::string::npos) << error;
  fs::remove(empty_file);
}

TEST(ZipArchive, InMemoryArchiveBuiltWithLibzip) {
  std::string big(100000, 'x');
  auto bytes = make_zip({{"META-INF/MANIFEST.MF",
                          "Manifest-Version: 1.0\r\nmain-class: com.example.Ma\r\n in\r\n\r\n"
                          "Name: other\r\nMain-Class: wrong.One\r\n"},
                         {"empty.txt", ""},
                         {"dir/big.txt", big},
                         {"caf\xC3\xA9.txt", "utf-8 name"}});
  std::string error;
  auto archive = ZipArchive::open_memory(bytes, &error);
  ASSERT_TRUE(archive) << error;
  EXPECT_EQ(manifest_main_class(*archive), "com.example.Main");
  auto empty = archive->read("empty.txt");
  ASSERT_TRUE(empty);
  EXPECT_TRUE(empty->empty());
  auto read_big = archive->read("dir/big.txt");
  ASSERT_TRUE(read_big);
  EXPECT_EQ(std::string(read_big->begin(), read_big->end()), big);
  EXPECT_TRUE(archive->contains("caf\xC3\xA9.txt"));
  EXPECT_EQ(archive->entry_names(), (std::vector<std::string>{"META-INF/MANIFEST.MF", "empty.txt",
                                                              "dir/big.txt", "caf\xC3\xA9.txt"}));

  auto without_manifest = make_zip({{"a.txt", "a"}});
  auto plain = ZipArchive::open_memory(without_manifest, nullptr);
  ASSERT_TRUE(plain);
  EXPECT_FALSE(manifest_main_class(*plain));
}

TEST(Manifest, MainClassParsing) {
  EXPECT_EQ(manifest_main_class("Main-Class: a.B\n"), "a.B");
  EXPECT_EQ(manifest_main_class("Manifest-Version: 1.0\r\nMain-Class: a.B\r\n"), "a.B");
  EXPECT_EQ(manifest_main_class("Main-Class: a.B"), "a.B");              // no final newline
  EXPECT_EQ(manifest_main_class("Main-Class: a.B\rOther: x\r"), "a.B");  // lone CRs
  EXPECT_EQ(manifest_main_class("MAIN-CLASS: a.B\n"), "a.B");            // names ignore case
  EXPECT_EQ(manifest_main_class("Main-Class: com.exa\n mple.Ma\n in\n"), "com.example.Main");
  EXPECT_EQ(manifest_main_class("Main-Class:   a.B   \n"), "a.B");
  EXPECT_EQ(manifest_main_class("Main-Class: first.One\nMain-Class: second.Two\n"), "second.Two");
  // Only the main section counts.
  EXPECT_FALSE(manifest_main_class("Manifest-Version: 1.0\n\nName: x\nMain-Class: a.B\n"));
  EXPECT_FALSE(manifest_main_class("Manifest-Version: 1.0\n"));
  EXPECT_FALSE(manifest_main_class("Main-Class: \n"));
  EXPECT_FALSE(manifest_main_class(""));
  EXPECT_FALSE(manifest_main_class("Main-Class-Path: a.B\n"));
  EXPECT_FALSE(manifest_main_class("X-Main-Class: a.B\n"));
}

}  // namespace
}  // namespace islet::classfile
