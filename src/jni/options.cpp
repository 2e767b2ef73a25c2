// Parsing of the JNI options (see options.hpp).
#include "jni/options.hpp"

#include "runtime/options_parser.hpp"

namespace islet::jni {

bool parse_option(std::string_view option, Options* options) {
  if (option == "-Xcheck:jni") {
    options->check = true;
  } else if (option == "-verbose:jni") {
    options->verbose = true;
  } else if (option == "-Xjni:closed") {
    options->closed = true;
  } else if (option.starts_with("-Xjni:config=")) {
    for (std::string& file : runtime::split_comma_list(option.substr(13))) options->config_files.push_back(std::move(file));
  } else {
    return false;
  }
  return true;
}

}  // namespace islet::jni
