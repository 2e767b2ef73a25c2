// Parsing of VM option strings (the launcher and the invocation API share it).
#include "runtime/options_parser.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <limits>

#include "jni/options.hpp"

namespace islet::runtime {

namespace {

bool starts_with(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

OptionResult applied() { return {OptionOutcome::Applied, {}}; }

OptionResult unrecognized(std::string_view option) {
  return {OptionOutcome::Unrecognized, "Unrecognized option: " + std::string(option)};
}

OptionResult invalid(std::string_view what, std::string_view option) {
  return {OptionOutcome::InvalidValue, "Invalid " + std::string(what) + ": " + std::string(option)};
}

// -D<name>[=<value>]. java.class.path also becomes the application loader's search path, as
// with HotSpot, whose launcher turns -cp into exactly this property.
OptionResult apply_property(std::string_view definition, VMOptions& options) {
  size_t eq = definition.find('=');
  std::string name(definition.substr(0, eq));
  std::string value(eq == std::string_view::npos ? std::string_view() : definition.substr(eq + 1));
  if (name == "java.class.path") options.class_path = value.empty() ? std::vector<std::string>() : split_search_path(value);
  options.properties.emplace_back(std::move(name), std::move(value));
  return applied();
}

// -verbose[:name,name,...]: unknown names are ignored, as HotSpot does.
OptionResult apply_verbose(std::string_view option, VMOptions& options) {
  if (option == "-verbose") {
    options.verbose_class = true;
    return applied();
  }
  std::string_view names = option.substr(std::string_view("-verbose:").size());
  while (!names.empty()) {
    size_t comma = names.find(',');
    std::string_view name = names.substr(0, comma);
    if (name == "class") options.verbose_class = true;
    if (name == "gc") options.verbose_gc = true;
    if (name == "jni") options.jni.verbose = true;
    names = comma == std::string_view::npos ? std::string_view() : names.substr(comma + 1);
  }
  return applied();
}

// -Xmx, -Xms, -Xss and islet's -Xgc:stress[=N].
OptionResult apply_sized_option(std::string_view option, VMOptions& options) {
  size_t bytes = 0;
  std::string_view value = option.substr(4);
  if (starts_with(option, "-Xmx")) {
    if (!parse_memory_size(value, &bytes)) return invalid("maximum heap size", option);
    options.max_heap_bytes = bytes;
  } else if (starts_with(option, "-Xms")) {
    if (!parse_memory_size(value, &bytes)) return invalid("initial heap size", option);
    options.initial_heap_bytes = bytes;
  } else {
    if (!parse_memory_size(value, &bytes)) return invalid("thread stack size", option);
    options.java_stack_bytes = bytes;
  }
  return applied();
}

OptionResult apply_gc_stress(std::string_view option, VMOptions& options) {
  if (option == "-Xgc:stress") {
    options.gc_stress_interval = 1;
    return applied();
  }
  size_t interval = 0;
  if (!parse_memory_size(option.substr(std::string_view("-Xgc:stress=").size()), &interval) || interval == 0 ||
      interval > UINT32_MAX) {
    return invalid("collection interval", option);
  }
  options.gc_stress_interval = static_cast<uint32_t>(interval);
  return applied();
}

// --features=A,B (Native Image's option): more feature classes, in order.
OptionResult apply_features(std::string_view option, VMOptions& options) {
  for (std::string& name : split_comma_list(option.substr(std::string_view("--features=").size()))) {
    options.features.push_back(std::move(name));
  }
  return applied();
}

// The JDK's module options, in their "option=value" form (the invocation API's only form).
// islet's class library is one module and application classes live in the unnamed module, so
// they are accepted and have no effect.
bool is_module_option(std::string_view option) {
  static constexpr std::array<std::string_view, 10> kModuleOptions = {
      "--add-reads=",    "--add-exports=", "--add-opens=",   "--add-modules=",         "--limit-modules=",
      "--module-path=", "--patch-module=", "--illegal-access=", "--upgrade-module-path=", "--enable-native-access="};
  return std::any_of(kModuleOptions.begin(), kModuleOptions.end(),
                     [&](std::string_view prefix) { return starts_with(option, prefix); });
}

// HotSpot switches that ask for nothing islet would do differently: it only interprets (-Xint,
// -Xmixed), installs no signal handlers (-Xrs) and has no class-data archive (-Xshare:).
bool is_harmless_hotspot_switch(std::string_view option) {
  return option == "-Xint" || option == "-Xmixed" || option == "-Xrs" || option == "-Xshare:auto" ||
         option == "-Xshare:off";
}

// "-XX:+Name", "-XX:-Name", "-XX:Name=value": islet has none of HotSpot's tuning flags. The
// message names the flag as HotSpot does (without the sign, with any "=value").
OptionResult unrecognized_hotspot_flag(std::string_view option) {
  std::string_view flag = option.substr(4);
  if (!flag.empty() && (flag[0] == '+' || flag[0] == '-')) flag.remove_prefix(1);
  return {OptionOutcome::Unrecognized, "Unrecognized VM option '" + std::string(flag) + "'"};
}

}  // namespace

OptionResult apply_vm_option(std::string_view option, VMOptions& options) {
  // -Xcheck:jni, -verbose:jni, -Xjni:config=<files>, -Xjni:closed
  if (jni::parse_option(option, &options.jni)) return applied();
  if (starts_with(option, "-D")) return apply_property(option.substr(2), options);
  if (option == "-verbose" || starts_with(option, "-verbose:")) return apply_verbose(option, options);
  if (option == "-ea" || option == "-enableassertions") {
    options.enable_assertions = true;
    return applied();
  }
  if (option == "-da" || option == "-disableassertions") {
    options.enable_assertions = false;
    return applied();
  }
  if (starts_with(option, "-Xmx") || starts_with(option, "-Xms") || starts_with(option, "-Xss")) {
    return apply_sized_option(option, options);
  }
  if (option == "-Xgc:stress" || starts_with(option, "-Xgc:stress=")) return apply_gc_stress(option, options);
  if (starts_with(option, "--features=")) return apply_features(option, options);
  if (is_harmless_hotspot_switch(option) || is_module_option(option)) return applied();
  if (starts_with(option, "-XX:")) return unrecognized_hotspot_flag(option);
  return unrecognized(option);
}

bool parse_memory_size(std::string_view text, size_t* bytes) {
  if (text.empty()) return false;
  size_t multiplier = 1;
  switch (std::tolower(static_cast<unsigned char>(text.back()))) {
    case 'k': multiplier = size_t{1} << 10; text.remove_suffix(1); break;
    case 'm': multiplier = size_t{1} << 20; text.remove_suffix(1); break;
    case 'g': multiplier = size_t{1} << 30; text.remove_suffix(1); break;
    case 't': multiplier = size_t{1} << 40; text.remove_suffix(1); break;
    default: break;
  }
  if (text.empty() || !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return false;
  }
  size_t value = 0;
  for (char c : text) {
    size_t digit = static_cast<size_t>(c - '0');
    if (value > (std::numeric_limits<size_t>::max() - digit) / 10) return false;
    value = value * 10 + digit;
  }
  if (value > std::numeric_limits<size_t>::max() / multiplier) return false;
  *bytes = value * multiplier;
  return true;
}

std::vector<std::string> split_comma_list(std::string_view list) {
  std::vector<std::string> items;
  while (!list.empty()) {
    size_t comma = list.find(',');
    std::string_view item = list.substr(0, comma);
    if (!item.empty()) items.emplace_back(item);
    list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
  }
  return items;
}

std::vector<std::string> split_search_path(std::string_view path) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= path.size()) {
    size_t colon = path.find(':', start);
    if (colon == std::string_view::npos) colon = path.size();
    std::string_view part = path.substr(start, colon - start);
    parts.emplace_back(part.empty() ? std::string_view(".") : part);
    start = colon + 1;
  }
  return parts;
}

}  // namespace islet::runtime
