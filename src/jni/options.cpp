// Parsing of the JNI options (see options.hpp).
#include "jni/options.hpp"

namespace islet::jni {

bool parse_option(std::string_view option, Options* options) {
  if (option == "-Xcheck:jni") {
    options->check = true;
  } else if (option == "-verbose:jni") {
    options->verbose = true;
  } else if (option == "-Xjni:closed") {
    options->closed = true;
  } else if (option.starts_with("-Xjni:config=")) {
    std::string_view files = option.substr(13);
    while (!files.empty()) {
      size_t comma = files.find(',');
      std::string_view file = files.substr(0, comma);
      if (!file.empty()) options->config_files.emplace_back(file);
      files = comma == std::string_view::npos ? std::string_view() : files.substr(comma + 1);
    }
  } else {
    return false;
  }
  return true;
}

}  // namespace islet::jni
