// Unit tests of classfile/zip_archive.hpp: a jar built at test time by the JDK's jar tool (on disk
// and in memory), archives built in memory by a small writer (Zip64, data descriptors, damage
// no tool produces), manifest parsing, concurrency and damage.
#include <gtest/gtest.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <optional>
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

// A minimal zip writer for building archives the tests need, including ones no tool writes
// (Zip64 records on small data, wrong CRCs, unknown methods, encryption flags).
struct TestEntry {
  std::string name = {};
  std::string contents = {};
  uint16_t method = 8;                // 0 stored, 8 deflated, anything else is written as stored
  uint16_t flags = 0x0800;            // UTF-8 names
  std::optional<uint32_t> crc = {};   // a wrong CRC on purpose
  bool data_descriptor = false;       // zero sizes and CRC in the local header (flag bit 3)
  bool zip64 = false;                 // sizes and offset only in a Zip64 extra field
};

struct TestArchiveOptions {
  bool zip64_end = false;     // Zip64 end record and locator, saturated classic end record
  std::string comment = {};   // archive comment after the end record
  std::string prefix = {};    // bytes before the archive (offsets stay relative to the archive)
};

void put16(std::vector<uint8_t>& out, uint32_t v) {
  out.push_back(static_cast<uint8_t>(v));
  out.push_back(static_cast<uint8_t>(v >> 8));
}
void put32(std::vector<uint8_t>& out, uint32_t v) {
  put16(out, v & 0xFFFF);
  put16(out, v >> 16);
}
void put64(std::vector<uint8_t>& out, uint64_t v) {
  put32(out, static_cast<uint32_t>(v));
  put32(out, static_cast<uint32_t>(v >> 32));
}
void put_bytes(std::vector<uint8_t>& out, std::string_view bytes) {
  out.insert(out.end(), bytes.begin(), bytes.end());
}

std::string deflate_raw(const std::string& data) {
  z_stream stream{};
  EXPECT_EQ(deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8,
                         Z_DEFAULT_STRATEGY), Z_OK);
  std::string out(deflateBound(&stream, data.size()), '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  stream.avail_in = static_cast<uInt>(data.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&stream, Z_FINISH), Z_STREAM_END);
  out.resize(stream.total_out);
  deflateEnd(&stream);
  return out;
}

std::vector<uint8_t> make_zip(const std::vector<TestEntry>& entries,
                              const TestArchiveOptions& options = {}) {
  std::vector<uint8_t> out;
  std::vector<uint8_t> central;
  for (const TestEntry& entry : entries) {
    std::string data = entry.method == 8 ? deflate_raw(entry.contents) : entry.contents;
    uint32_t crc = entry.crc.value_or(static_cast<uint32_t>(
        crc32(0, reinterpret_cast<const Bytef*>(entry.contents.data()), entry.contents.size())));
    uint16_t flags = entry.flags | (entry.data_descriptor ? 0x0008 : 0);
    uint64_t offset = out.size();
    std::vector<uint8_t> zip64_extra;
    if (entry.zip64) {
      put16(zip64_extra, 0x0001);
      put16(zip64_extra, 24);
      put64(zip64_extra, entry.contents.size());
      put64(zip64_extra, data.size());
      put64(zip64_extra, offset);
    }
    // Local header.
    put32(out, 0x04034b50);
    put16(out, entry.zip64 ? 45 : 20);
    put16(out, flags);
    put16(out, entry.method);
    put32(out, 0);  // time and date
    bool hide = entry.data_descriptor;
    put32(out, hide ? 0 : crc);
    put32(out, hide ? 0 : entry.zip64 ? 0xFFFFFFFF : static_cast<uint32_t>(data.size()));
    put32(out, hide ? 0 : entry.zip64 ? 0xFFFFFFFF : static_cast<uint32_t>(entry.contents.size()));
    put16(out, entry.name.size());
    put16(out, 4);  // an unrelated extra field the reader must skip
    put_bytes(out, entry.name);
    put16(out, 0xCAFE);
    put16(out, 0);
    put_bytes(out, data);
    if (entry.data_descriptor) {
      put32(out, 0x08074b50);
      put32(out, crc);
      put32(out, static_cast<uint32_t>(data.size()));
      put32(out, static_cast<uint32_t>(entry.contents.size()));
    }
    // Central directory header.
    put32(central, 0x02014b50);
    put16(central, entry.zip64 ? 45 : 20);
    put16(central, entry.zip64 ? 45 : 20);
    put16(central, flags);
    put16(central, entry.method);
    put32(central, 0);
    put32(central, crc);
    put32(central, entry.zip64 ? 0xFFFFFFFF : static_cast<uint32_t>(data.size()));
    put32(central, entry.zip64 ? 0xFFFFFFFF : static_cast<uint32_t>(entry.contents.size()));
    put16(central, entry.name.size());
    put16(central, zip64_extra.size());
    put16(central, 0);  // comment
    put16(central, 0);  // disk
    put16(central, 0);
    put32(central, 0);
    put32(central, entry.zip64 ? 0xFFFFFFFF : static_cast<uint32_t>(offset));
    put_bytes(central, entry.name);
    central.insert(central.end(), zip64_extra.begin(), zip64_extra.end());
  }
  uint64_t central_offset = out.size();
  out.insert(out.end(), central.begin(), central.end());
  if (options.zip64_end) {
    uint64_t record_offset = out.size();
    put32(out, 0x06064b50);
    put64(out, 44);
    put16(out, 45);
    put16(out, 45);
    put32(out, 0);
    put32(out, 0);
    put64(out, entries.size());
    put64(out, entries.size());
    put64(out, central.size());
    put64(out, central_offset);
    put32(out, 0x07064b50);
    put32(out, 0);
    put64(out, record_offset);
    put32(out, 1);
  }
  bool saturate = options.zip64_end;
  put32(out, 0x06054b50);
  put16(out, 0);
  put16(out, 0);
  put16(out, saturate ? 0xFFFF : entries.size());
  put16(out, saturate ? 0xFFFF : entries.size());
  put32(out, saturate ? 0xFFFFFFFF : static_cast<uint32_t>(central.size()));
  put32(out, saturate ? 0xFFFFFFFF : static_cast<uint32_t>(central_offset));
  put16(out, options.comment.size());
  put_bytes(out, options.comment);
  std::vector<uint8_t> result(options.prefix.begin(), options.prefix.end());
  result.insert(result.end(), out.begin(), out.end());
  return result;
}

// Reads an entry as text, or "<error: reason>".
std::string read_text(const ZipArchive& archive, std::string_view name) {
  std::string error;
  auto bytes = archive.read(name, &error);
  if (!bytes) return "<error: " + error + ">";
  return std::string(bytes->begin(), bytes->end());
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

TEST(ZipArchive, InMemoryArchive) {
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

  auto without_manifest = make_zip({{.name = "a.txt", .contents = "a"}});
  auto plain = ZipArchive::open_memory(without_manifest, nullptr);
  ASSERT_TRUE(plain);
  EXPECT_FALSE(manifest_main_class(*plain));
}

TEST(ZipArchive, StoredAndDeflatedEntries) {
  std::string text = "stored text, read as is";
  auto bytes = make_zip({{.name = "s.txt", .contents = text, .method = 0},
                         {.name = "d.txt", .contents = std::string(5000, 'z'), .method = 8}});
  auto archive = ZipArchive::open_memory(bytes, nullptr);
  ASSERT_TRUE(archive);
  EXPECT_EQ(read_text(*archive, "s.txt"), text);
  EXPECT_EQ(read_text(*archive, "d.txt"), std::string(5000, 'z'));
  EXPECT_EQ(read_text(*archive, "missing.txt"), "<error: no such entry>");
}

TEST(ZipArchive, Zip64EndRecordAndExtraFields) {
  auto bytes = make_zip({{.name = "a.txt", .contents = "first", .zip64 = true},
                         {.name = "b.txt", .contents = "second", .method = 0, .zip64 = true},
                         {.name = "c.txt", .contents = "third"}},
                        {.zip64_end = true});
  std::string error;
  auto archive = ZipArchive::open_memory(bytes, &error);
  ASSERT_TRUE(archive) << error;
  EXPECT_EQ(archive->entry_names(), (std::vector<std::string>{"a.txt", "b.txt", "c.txt"}));
  EXPECT_EQ(read_text(*archive, "a.txt"), "first");
  EXPECT_EQ(read_text(*archive, "b.txt"), "second");
  EXPECT_EQ(read_text(*archive, "c.txt"), "third");
}

TEST(ZipArchive, Zip64LocatorPointingNowhereIsAnError) {
  auto bytes = make_zip({{.name = "a.txt", .contents = "x"}}, {.zip64_end = true});
  // The locator's record offset sits 12 bytes before the 20-byte end record... of the locator.
  size_t locator = bytes.size() - 22 - 20;
  bytes[locator + 8] ^= 0x40;
  std::string error;
  EXPECT_FALSE(ZipArchive::open_memory(bytes, &error));
  EXPECT_NE(error.find("zip64"), std::string::npos) << error;
}

TEST(ZipArchive, CommentsAndPrefixes) {
  // A comment that contains an end-record signature must not be mistaken for the record.
  std::string tricky_comment = std::string("PK\x05\x06", 4) + std::string(30, '!');
  auto bytes = make_zip({{.name = "a.txt", .contents = "with comment"}},
                        {.comment = tricky_comment});
  std::string error;
  auto archive = ZipArchive::open_memory(bytes, &error);
  ASSERT_TRUE(archive) << error;
  EXPECT_EQ(read_text(*archive, "a.txt"), "with comment");

  // Bytes prepended to an archive (a launcher stub) shift every offset.
  auto prefixed = make_zip({{.name = "a.txt", .contents = "after a stub"}},
                           {.prefix = "#!/bin/sh\nexec java -jar \"$0\"\n"});
  archive = ZipArchive::open_memory(prefixed, &error);
  ASSERT_TRUE(archive) << error;
  EXPECT_EQ(read_text(*archive, "a.txt"), "after a stub");
}

TEST(ZipArchive, FirstDuplicateWinsAndNamesAreBytes) {
  auto bytes = make_zip({{.name = "dup.txt", .contents = "first"},
                         {.name = "Dup.txt", .contents = "other case"},
                         {.name = "dup.txt", .contents = "second"}});
  auto archive = ZipArchive::open_memory(bytes, nullptr);
  ASSERT_TRUE(archive);
  EXPECT_EQ(read_text(*archive, "dup.txt"), "first");
  EXPECT_EQ(read_text(*archive, "Dup.txt"), "other case");
  EXPECT_FALSE(archive->contains("DUP.txt"));
  EXPECT_EQ(archive->entry_names(),
            (std::vector<std::string>{"dup.txt", "Dup.txt", "dup.txt"}));
}

TEST(ZipArchive, DataDescriptorSizesComeFromTheCentralDirectory) {
  auto bytes = make_zip({{.name = "dd.txt", .contents = "streamed", .data_descriptor = true},
                         {.name = "dd0.txt", .contents = "streamed stored", .method = 0,
                          .data_descriptor = true}});
  auto archive = ZipArchive::open_memory(bytes, nullptr);
  ASSERT_TRUE(archive);
  EXPECT_EQ(read_text(*archive, "dd.txt"), "streamed");
  EXPECT_EQ(read_text(*archive, "dd0.txt"), "streamed stored");
}

TEST(ZipArchive, BadCrcIsAnError) {
  auto bytes = make_zip({{.name = "bad.txt", .contents = "payload", .crc = 0x12345678},
                         {.name = "bad0.txt", .contents = "payload", .method = 0, .crc = 1}});
  auto archive = ZipArchive::open_memory(bytes, nullptr);
  ASSERT_TRUE(archive);
  EXPECT_EQ(read_text(*archive, "bad.txt"), "<error: invalid entry CRC>");
  EXPECT_EQ(read_text(*archive, "bad0.txt"), "<error: invalid entry CRC>");
}

TEST(ZipArchive, UnsupportedMethodAndEncryptionAreErrors) {
  auto bytes = make_zip({{.name = "bzip2.bin", .contents = "not really", .method = 12},
                         {.name = "secret.txt", .contents = "hidden", .flags = 0x0801},
                         {.name = "fine.txt", .contents = "fine"}});
  auto archive = ZipArchive::open_memory(bytes, nullptr);
  ASSERT_TRUE(archive);  // listing works; only reading those entries fails
  EXPECT_TRUE(archive->contains("bzip2.bin"));
  EXPECT_EQ(read_text(*archive, "bzip2.bin"), "<error: invalid compression method 12>");
  EXPECT_EQ(read_text(*archive, "secret.txt"), "<error: encrypted ZIP entry not supported>");
  EXPECT_EQ(read_text(*archive, "fine.txt"), "fine");
}

TEST(ZipArchive, TruncatedArchivesFailCleanly) {
  auto bytes = make_zip({{.name = "a.txt", .contents = "aaaa"},
                         {.name = "b.txt", .contents = std::string(3000, 'b')}});
  // Every truncation: the end record is gone, or the central directory no longer fits.
  for (size_t length = 0; length < bytes.size(); ++length) {
    std::string error;
    auto archive = ZipArchive::open_memory(std::span(bytes).first(length), &error);
    if (archive) {
      ADD_FAILURE() << "opened a truncated archive of " << length << " bytes";
      continue;
    }
    EXPECT_FALSE(error.empty()) << length;
  }
}

TEST(ZipArchive, TruncatedCentralDirectoryIsAnError) {
  std::string long_name(40, 'n');  // so that three headers' minimum size still fits
  auto bytes = make_zip({{.name = long_name + "a", .contents = "a"},
                         {.name = long_name + "b", .contents = "b"}});
  // Claim three entries where there are two: the third header runs into the end record.
  size_t end = bytes.size() - 22;
  bytes[end + 8] = 3;
  bytes[end + 10] = 3;
  std::string error;
  EXPECT_FALSE(ZipArchive::open_memory(bytes, &error));
  EXPECT_NE(error.find("CEN"), std::string::npos) << error;

  // A directory size that ends before the last header does.
  bytes = make_zip({{.name = "a.txt", .contents = "a"}, {.name = "b.txt", .contents = "b"}});
  end = bytes.size() - 22;
  bytes[end + 12] -= 10;
  EXPECT_FALSE(ZipArchive::open_memory(bytes, &error));
  EXPECT_NE(error.find("CEN"), std::string::npos) << error;

  // A name length that runs past the directory.
  bytes = make_zip({{.name = "a.txt", .contents = "a"}});
  size_t central = bytes.size() - 22 - (46 + 5);
  ASSERT_EQ(bytes[central], 'P');
  bytes[central + 28] = 0xFF;
  EXPECT_FALSE(ZipArchive::open_memory(bytes, &error));
  EXPECT_NE(error.find("CEN"), std::string::npos) << error;

  // A hostile entry count cannot make the reader reserve memory for millions of entries.
  bytes = make_zip({{.name = "a.txt", .contents = "a"}}, {.zip64_end = true});
  size_t record = bytes.size() - 22 - 20 - 56;
  for (int i = 0; i < 8; ++i) bytes[record + 32 + i] = 0xFF;
  EXPECT_FALSE(ZipArchive::open_memory(bytes, &error));
  EXPECT_NE(error.find("entry count"), std::string::npos) << error;
}

TEST(ZipArchive, LyingSizesAreErrors) {
  auto bytes = make_zip({{.name = "a.txt", .contents = std::string(100, 'a')}});
  size_t central = bytes.size() - 22 - (46 + 5);
  // Uncompressed size one byte short: the stream holds more than promised.
  auto shorter = bytes;
  shorter[central + 24] = 99;
  auto archive = ZipArchive::open_memory(shorter, nullptr);
  ASSERT_TRUE(archive);
  EXPECT_EQ(read_text(*archive, "a.txt"), "<error: deflate data does not match the entry's size>");
  // An impossible ratio is refused before anything is allocated.
  auto bomb = bytes;
  bomb[central + 27] = 0x3F;
  archive = ZipArchive::open_memory(bomb, nullptr);
  ASSERT_TRUE(archive);
  EXPECT_NE(read_text(*archive, "a.txt").find("<error:"), std::string::npos);
  // A local header offset past the end.
  auto far = bytes;
  far[central + 45] = 0x7F;
  archive = ZipArchive::open_memory(far, nullptr);
  ASSERT_TRUE(archive);
  EXPECT_EQ(read_text(*archive, "a.txt"), "<error: invalid LOC header (bad signature)>");
}

TEST(ZipArchive, OpenFileReads) {
  auto bytes = make_zip({{.name = "m.txt", .contents = "mapped"}});
  fs::path path = fs::temp_directory_path() / ("islet-map-" + std::to_string(getpid()) + ".zip");
  std::ofstream(path, std::ios::binary).write(reinterpret_cast<const char*>(bytes.data()),
                                              static_cast<std::streamsize>(bytes.size()));
  std::string error;
  auto archive = ZipArchive::open_file(path.string(), &error);
  fs::remove(path);  // the open file keeps the data readable
  ASSERT_TRUE(archive) << error;
  EXPECT_EQ(read_text(*archive, "m.txt"), "mapped");

  EXPECT_FALSE(ZipArchive::open_file(fs::temp_directory_path().string(), &error));
  EXPECT_NE(error.find("directory"), std::string::npos) << error;
}

TEST(ZipArchive, OpenFileRangeReadsAnArchiveInsideAFile) {
  // An archive embedded between other data, with offsets relative to its own start.
  auto archive_bytes = make_zip({{.name = "in.txt", .contents = "embedded"},
                                 {.name = "s.txt", .contents = "stored", .method = 0}});
  std::string before(1000, 'B'), after(500, 'A');
  fs::path path = fs::temp_directory_path() / ("islet-range-" + std::to_string(getpid()) + ".bin");
  {
    std::ofstream out(path, std::ios::binary);
    out << before;
    out.write(reinterpret_cast<const char*>(archive_bytes.data()),
              static_cast<std::streamsize>(archive_bytes.size()));
    out << after;
  }
  std::string error;
  auto archive =
      ZipArchive::open_file_range(path.string(), before.size(), archive_bytes.size(), &error);
  ASSERT_TRUE(archive) << error;
  EXPECT_EQ(read_text(*archive, "in.txt"), "embedded");
  EXPECT_EQ(read_text(*archive, "s.txt"), "stored");
  // A range reaching past the end of the file is refused.
  EXPECT_FALSE(ZipArchive::open_file_range(path.string(), before.size(), 1 << 20, &error));
  EXPECT_NE(error.find("outside the file"), std::string::npos) << error;
  fs::remove(path);
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
