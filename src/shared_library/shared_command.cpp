// `islet --shared -cp app.jar -o libapp.so`: reads the class path, finds the entry points,
// writes libapp.h and graal_isolate.h beside the output, generates the stubs and compiles them
// with the system C compiler into libapp.so, linked against libislet.so.
#include "shared_library/shared_command.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include "runtime/options_parser.hpp"
#include "shared_library/class_path_bundle.hpp"
#include "shared_library/embedded_headers.hpp"
#include "shared_library/entry_points.hpp"
#include "shared_library/library_sources.hpp"

namespace islet::shared_library {

namespace {

namespace fs = std::filesystem;

struct SharedRequest {
  std::vector<std::string> class_path;
  std::string output;  // as given with -o, possibly empty
};

int fail(const std::string& message) {
  std::fprintf(stderr, "islet --shared: %s\n", message.c_str());
  return 1;
}

void print_usage(FILE* out) {
  std::fprintf(out,
               "Usage: islet --shared [-cp <class path>] [-o <library>]\n"
               "  Builds a shared library exporting the application's @CEntryPoint methods, with\n"
               "  <library>.h (the entry points) and graal_isolate.h beside it, like native-image.\n"
               "    -cp, -classpath, --class-path <path>\n"
               "                  directories and jars holding the application (default: CLASSPATH, or .)\n"
               "    -o <library>  the library to write: libapp.so or libapp (default: lib<first jar's name>.so)\n");
}

// Returns -1 to go on, otherwise an exit code.
int parse(int argc, char** argv, SharedRequest* request) {
  bool class_path_given = false;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    auto value = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
    if (arg == "--shared") continue;
    if (arg == "-cp" || arg == "-classpath" || arg == "--class-path" || arg == "-o") {
      const char* given = value();
      if (given == nullptr) return fail(arg + " requires a value");
      if (arg == "-o") {
        request->output = given;
      } else {
        request->class_path = runtime::split_search_path(given);
        class_path_given = true;
      }
    } else if (arg == "-h" || arg == "-help" || arg == "--help") {
      print_usage(stdout);
      return 0;
    } else {
      print_usage(stderr);
      return fail("unknown argument " + arg);
    }
  }
  if (!class_path_given) {
    const char* env = std::getenv("CLASSPATH");
    request->class_path = runtime::split_search_path(env != nullptr && *env != '\0' ? env : ".");
  }
  return -1;
}

// The output without ".so": "out/libapp" for "-o out/libapp.so" or "-o out/libapp".
std::optional<fs::path> output_base(const SharedRequest& request) {
  std::string output = request.output;
  if (output.empty()) {
    fs::path first = request.class_path.empty() ? fs::path() : fs::path(request.class_path.front());
    if (first.extension() != ".jar") return std::nullopt;
    output = "lib" + first.stem().string();
  }
  if (output.size() > 3 && output.compare(output.size() - 3, 3, ".so") == 0) output.resize(output.size() - 3);
  return fs::absolute(output);
}

// `name` in a directory of PATH, as the shell would find it.
std::optional<std::string> find_on_path(const char* name) {
  const char* path = std::getenv("PATH");
  for (const std::string& dir : runtime::split_search_path(path != nullptr ? path : "")) {
    std::string candidate = (dir.empty() ? std::string(".") : dir) + "/" + name;
    if (::access(candidate.c_str(), X_OK) == 0 && !fs::is_directory(candidate)) return candidate;
  }
  return std::nullopt;
}

// libislet.so where `make` and `make install` put it: ../lib/ from the islet command.
std::optional<fs::path> find_libislet() {
  std::error_code failure;
  fs::path self = fs::read_symlink("/proc/self/exe", failure);
  if (failure) return std::nullopt;
  fs::path library = self.parent_path().parent_path() / "lib" / "libislet.so";
  if (!fs::exists(library, failure)) return std::nullopt;
  return fs::canonical(library, failure);
}

bool write_file(const fs::path& path, std::string_view text, std::string* error) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
  out.close();
  if (!out) *error = "cannot write " + path.string();
  return static_cast<bool>(out);
}

// A directory for the generated files, removed with everything in it at the end.
class ScratchDirectory {
 public:
  ScratchDirectory() {
    const char* tmp = std::getenv("TMPDIR");
    std::string pattern = std::string(tmp != nullptr && *tmp != '\0' ? tmp : "/tmp") + "/islet-shared-XXXXXX";
    if (::mkdtemp(pattern.data()) != nullptr) path_ = pattern;
  }
  ~ScratchDirectory() {
    std::error_code ignored;
    if (!path_.empty()) fs::remove_all(path_, ignored);
  }
  ScratchDirectory(const ScratchDirectory&) = delete;
  ScratchDirectory& operator=(const ScratchDirectory&) = delete;
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

// Runs the compiler in `directory` (where the stubs and the jar are); its messages go to our
// standard error. True if it succeeded.
bool run_compiler(const std::vector<std::string>& command, const fs::path& directory) {
  std::fflush(nullptr);
  pid_t child = ::fork();
  if (child < 0) return false;
  if (child == 0) {
    std::vector<char*> argv;
    for (const std::string& arg : command) argv.push_back(const_cast<char*>(arg.c_str()));
    argv.push_back(nullptr);
    if (::chdir(directory.c_str()) == 0) ::execv(argv[0], argv.data());
    std::perror(argv[0]);
    ::_exit(127);
  }
  int status = 0;
  while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
  }
  return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

bool write_headers_and_sources(const fs::path& scratch, std::string_view library_name,
                               const std::vector<EntryPoint>& entry_points, const std::vector<uint8_t>& jar,
                               std::string* error) {
  for (const EmbeddedHeader& header : embedded_headers()) {
    fs::path path = scratch / "include" / header.path;
    fs::create_directories(path.parent_path());
    if (!write_file(path, header.text, error)) return false;
  }
  std::string_view jar_bytes(reinterpret_cast<const char*>(jar.data()), jar.size());
  return write_file(scratch / "classes.jar", jar_bytes, error) &&
         write_file(scratch / "stubs.c", library_source(library_name, entry_points, "classes.jar", jar.size()), error);
}

int build(const SharedRequest& request) {
  std::optional<fs::path> base = output_base(request);
  if (!base) return fail("no output name: give -o <library> (the class path does not start with a jar)");
  std::optional<std::string> compiler = find_on_path("cc");
  if (!compiler) compiler = find_on_path("gcc");
  if (!compiler) {
    std::fprintf(stderr, "islet --shared needs a C compiler (cc or gcc) on PATH\n");
    return 1;
  }
  std::optional<fs::path> libislet = find_libislet();
  if (!libislet) return fail("cannot find libislet.so in the lib directory beside islet's bin directory");

  std::string error;
  auto files = read_class_path(request.class_path, &error);
  if (!files) return fail(error);
  EntryPointScan scan = find_entry_points(*files);
  for (const std::string& warning : scan.warnings) std::fprintf(stderr, "islet --shared: warning: %s\n", warning.c_str());
  for (const std::string& problem : scan.errors) std::fprintf(stderr, "islet --shared: %s\n", problem.c_str());
  if (!scan.errors.empty()) return 1;
  if (scan.entry_points.empty()) std::fprintf(stderr, "islet --shared: warning: the class path has no @CEntryPoint method\n");
  auto jar = write_stored_jar(*files, &error);
  if (!jar) return fail(error);

  std::string library_name = base->filename().string();
  fs::path directory = base->parent_path();
  ScratchDirectory scratch;
  if (scratch.path().empty()) return fail("cannot create a temporary directory");
  if (!write_headers_and_sources(scratch.path(), library_name, scan.entry_points, *jar, &error)) return fail(error);
  fs::path library = directory / (library_name + ".so");
  std::vector<std::string> command = {*compiler, "-shared", "-fPIC", "-O2", "-fvisibility=hidden", "-Iinclude",
                                      "-o", library.string(), "stubs.c", libislet->string(),
                                      "-Wl,-rpath," + libislet->parent_path().string(), "-Wl,--no-undefined"};
  if (!run_compiler(command, scratch.path())) return fail("the C compiler " + *compiler + " failed to build " + library.string());
  if (!write_file(directory / (library_name + ".h"), library_header(library_name, scan.entry_points), &error) ||
      !write_file(directory / "graal_isolate.h", embedded_header("graal_isolate.h"), &error)) {
    return fail(error);
  }
  return 0;
}

}  // namespace

bool wants_shared_library(int argc, char** argv) {
  // Among the options before a main class only: `islet Main --shared` passes it to the program.
  for (int i = 1; i < argc && argv[i][0] == '-'; ++i) {
    std::string_view arg = argv[i];
    if (arg == "--shared") return true;
    if (arg == "-cp" || arg == "-classpath" || arg == "--class-path" || arg == "-o" || arg == "-jar") ++i;
  }
  return false;
}

int run_shared_command(int argc, char** argv) {
  SharedRequest request;
  int early = parse(argc, argv, &request);
  if (early >= 0) return early;
  return build(request);
}

}  // namespace islet::shared_library
