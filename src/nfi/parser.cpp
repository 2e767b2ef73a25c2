// Recursive-descent parser for the NFI language. Grammar (keywords and type names in any case):
//   source    := ['with' NAME] command END
//   command   := 'default' [bindings] | 'load' [flags] file [bindings] | signature
//   flags     := '(' FLAG { '|' FLAG } ')'       FLAG: RTLD_GLOBAL RTLD_LOCAL RTLD_LAZY RTLD_NOW
//   file      := "quoted string" | bare-word     (a bare word ends at white space or '{')
//   bindings  := '{' { NAME signature ';' } '}'
//   signature := '(' [arg { ',' arg }] ')' ':' type
//   arg       := ['...'] type                    (one '...' at most: the variadic arguments start)
//   type      := SIMPLE | '[' type ']' | signature | 'STRUCT' '(' type { ',' type } ')'
#include "nfi/parser.hpp"

#include <dlfcn.h>
#include <strings.h>

#include <cctype>

namespace islet::nfi::detail {

namespace {

bool same_word(std::string_view a, std::string_view b) {
  return a.size() == b.size() && strncasecmp(a.data(), b.data(), a.size()) == 0;
}

class Parser {
 public:
  explicit Parser(std::string_view source) : source_(source) {}

  ParsedSource parse_source() {
    ParsedSource parsed;
    skip_space();
    if (peek_word_is("with")) {
      take_word();
      skip_space();
      size_t column = position_;
      std::string_view backend = take_word();
      if (backend.empty()) fail(column, "expected a backend name after 'with'");
      parsed.backend = check_backend(backend, column);
    }
    skip_space();
    if (peek_word_is("default")) {
      take_word();
      parsed.command = ParsedSource::Command::Default;
      parse_optional_bindings(parsed);
    } else if (peek_word_is("load")) {
      take_word();
      parsed.command = ParsedSource::Command::Load;
      parse_load(parsed);
      parse_optional_bindings(parsed);
    } else if (peek() == '(') {
      parsed.command = ParsedSource::Command::Signature;
      parsed.signature = parse_signature();
    } else {
      fail(position_, "expected 'default', 'load' or a signature '(...):...'");
    }
    expect_end();
    return parsed;
  }

  Ref<SignatureImpl> parse_signature_source() {
    ParsedSource parsed = parse_source();
    if (parsed.command != ParsedSource::Command::Signature)
      fail(0, "expected a signature '(...):...', found a library command");
    return parsed.signature;
  }

 private:
  // --- scanning ---

  char peek() {
    skip_space();
    return position_ < source_.size() ? source_[position_] : '\0';
  }
  void skip_space() {
    while (position_ < source_.size() &&
           std::isspace(static_cast<unsigned char>(source_[position_])))
      ++position_;
  }
  static bool is_word_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
  }
  std::string_view take_word() {
    skip_space();
    size_t start = position_;
    while (position_ < source_.size() && is_word_char(source_[position_])) ++position_;
    return source_.substr(start, position_ - start);
  }
  bool peek_word_is(std::string_view word) {
    skip_space();
    size_t end = position_;
    while (end < source_.size() && is_word_char(source_[end])) ++end;
    return same_word(source_.substr(position_, end - position_), word);
  }
  // The token at the current position, for "found ..." in messages.
  std::string found() {
    skip_space();
    if (position_ >= source_.size()) return "end of input";
    if (is_word_char(source_[position_])) {
      size_t end = position_;
      while (end < source_.size() && is_word_char(source_[end])) ++end;
      return "'" + std::string(source_.substr(position_, end - position_)) + "'";
    }
    if (source_.substr(position_, 3) == "...") return "'...'";
    return "'" + std::string(1, source_[position_]) + "'";
  }
  void expect(char c, const std::string& what) {
    if (peek() != c)
      fail(position_, "expected '" + std::string(1, c) + "' " + what + ", found " + found());
    ++position_;
  }
  void expect_end() {
    if (peek() != '\0') fail(position_, "expected end of input, found " + found());
  }
  [[noreturn]] void fail(size_t offset, const std::string& message) {
    int column = static_cast<int>(offset) + 1;
    // Long sources are cut in the message; the column still locates the problem.
    constexpr size_t kQuotedLimit = 200;
    std::string quoted(source_.substr(0, kQuotedLimit));
    if (source_.size() > kQuotedLimit) quoted += "...";
    throw Error(Error::Kind::Syntax,
                "NFI syntax error at column " + std::to_string(column) + " of \"" + quoted +
                    "\": " + message,
                column);
  }

  // --- commands ---

  std::string check_backend(std::string_view name, size_t column) {
    for (std::string_view known : kBackendNames)
      if (same_word(name, known)) return std::string(known);
    std::string available;
    for (std::string_view known : kBackendNames)
      available += (available.empty() ? "" : ", ") + std::string(known);
    throw Error(Error::Kind::Backend,
                "NFI backend '" + std::string(name) + "' is not available (column " +
                    std::to_string(column + 1) + "); available backends: " + available,
                static_cast<int>(column) + 1);
  }

  void parse_load(ParsedSource& parsed) {
    int flags = 0;
    if (peek() == '(') {
      ++position_;
      do {
        size_t column = position_;
        skip_space();
        column = position_;
        std::string_view flag = take_word();
        if (flag.empty())
          fail(column, "expected a flag (RTLD_GLOBAL, RTLD_LOCAL, RTLD_LAZY or RTLD_NOW), found " +
                           found());
        flags |= flag_value(flag, column);
      } while (peek() == '|' && ++position_);
      expect(')', "after the load flags");
    }
    if ((flags & (RTLD_LAZY | RTLD_NOW)) == 0) flags |= RTLD_NOW;
    parsed.flags = flags;
    parsed.file = parse_file_name();
  }

  int flag_value(std::string_view flag, size_t column) {
    static constexpr std::pair<std::string_view, int> kFlags[] = {{"RTLD_GLOBAL", RTLD_GLOBAL},
                                                                  {"RTLD_LOCAL", RTLD_LOCAL},
                                                                  {"RTLD_LAZY", RTLD_LAZY},
                                                                  {"RTLD_NOW", RTLD_NOW}};
    for (const auto& [name, value] : kFlags)
      if (same_word(flag, name)) return value;
    fail(column, "unknown flag '" + std::string(flag) +
                     "' (expected RTLD_GLOBAL, RTLD_LOCAL, RTLD_LAZY or RTLD_NOW)");
  }

  std::string parse_file_name() {
    char first = peek();
    if (first == '"') return parse_quoted();
    size_t start = position_;
    while (position_ < source_.size() &&
           !std::isspace(static_cast<unsigned char>(source_[position_])) &&
           source_[position_] != '{' && source_[position_] != '"')
      ++position_;
    if (position_ == start)
      fail(start, "expected a file name (\"quoted\" or bare), found " + found());
    return std::string(source_.substr(start, position_ - start));
  }

  // "..." with \" and \\ escapes.
  std::string parse_quoted() {
    size_t start = position_++;
    std::string text;
    while (position_ < source_.size() && source_[position_] != '"') {
      char c = source_[position_++];
      if (c == '\\' && position_ < source_.size()) c = source_[position_++];
      text += c;
    }
    if (position_ >= source_.size()) fail(start, "unterminated string starting here");
    ++position_;
    return text;
  }

  void parse_optional_bindings(ParsedSource& parsed) {
    if (peek() != '{') return;
    ++position_;
    while (peek() != '}') {
      size_t column = position_;
      std::string_view name = take_word();
      if (name.empty()) {
        if (peek() == '\0')
          fail(position_, "expected '}' to close the bindings, found end of input");
        fail(column, "expected a function name, found " + found());
      }
      for (const auto& [bound, unused] : parsed.bindings)
        if (bound == name) fail(column, "function '" + std::string(name) + "' is bound twice");
      if (peek() != '(')
        fail(position_, "expected '(' to start the signature of '" + std::string(name) +
                            "', found " + found());
      Ref<SignatureImpl> signature = parse_signature();
      expect(';', "after the signature of '" + std::string(name) + "'");
      parsed.bindings.emplace_back(std::string(name), std::move(signature));
    }
    ++position_;
  }

  // --- signatures and types ---

  Ref<SignatureImpl> parse_signature() {
    size_t start = position_;
    expect('(', "to start a signature");
    std::vector<Type> arguments;
    int first_variadic = -1;
    if (peek() != ')') {
      do {
        skip_space();
        if (source_.substr(position_, 3) == "...") {
          if (first_variadic >= 0) fail(position_, "only one '...' is allowed in a signature");
          position_ += 3;
          first_variadic = static_cast<int>(arguments.size());
          if (peek() == ')' || peek() == ',')
            fail(position_,
                 "expected a type after '...' (variadic arguments are given their actual types), "
                 "found " +
                     found());
        }
        arguments.push_back(parse_type());
      } while (peek() == ',' && ++position_);
    }
    expect(')', "to close the argument list");
    expect(':', "between the argument list and the return type");
    Type return_type = parse_type();
    try {
      return Ref<SignatureImpl>::adopt(
          new SignatureImpl(std::move(return_type), std::move(arguments), first_variadic));
    } catch (const Error& error) {
      if (error.kind() != Error::Kind::Signature) throw;
      throw Error(
          Error::Kind::Signature,
          std::string(error.what()) + " (signature at column " + std::to_string(start + 1) + ")",
          static_cast<int>(start) + 1);
    }
  }

  Type parse_type() {
    char next = peek();
    size_t column = position_;
    if (++depth_ > kMaxNesting)
      fail(column, "types are nested more than " + std::to_string(kMaxNesting) + " levels deep");
    struct Leave {
      int& depth;
      ~Leave() { --depth; }
    } leave{depth_};
    if (next == '(') {
      Type type;
      type.kind = TypeKind::Function;
      type.function = parse_signature();
      if (type.function->is_variadic()) fail(column, "a function-pointer type cannot be variadic");
      return type;
    }
    if (next == '[') {
      ++position_;
      Type type;
      type.kind = TypeKind::Array;
      type.members.push_back(parse_type());
      expect(']', "to close the array type");
      return type;
    }
    std::string_view word = take_word();
    if (word.empty()) fail(column, "expected a type, found " + found());
    if (same_word(word, "STRUCT")) return parse_struct();
    std::optional<TypeKind> kind = simple_kind_named(word);
    if (!kind) {
      fail(column,
           "unknown type '" + std::string(word) +
               "' (expected VOID, SINT8..SINT64, UINT8..UINT64, FLOAT, DOUBLE, FP80, POINTER, "
               "STRING, OBJECT, ENV, [type], STRUCT(...) or a signature)");
    }
    Type type;
    type.kind = *kind;
    return type;
  }

  Type parse_struct() {
    Type type;
    type.kind = TypeKind::Struct;
    expect('(', "after STRUCT");
    if (peek() == ')')
      fail(position_, "expected a field type, found ')' (STRUCT needs at least one field)");
    do {
      type.members.push_back(parse_type());
    } while (peek() == ',' && ++position_);
    expect(')', "to close STRUCT(...)");
    return type;
  }

  // Nesting limit for types: the parser recurses once per level, and untrusted text must not
  // be able to exhaust the stack. Real signatures nest a handful of levels.
  static constexpr int kMaxNesting = 100;

  std::string_view source_;
  size_t position_ = 0;
  int depth_ = 0;
};

}  // namespace

ParsedSource parse_source(std::string_view source) { return Parser(source).parse_source(); }

Ref<SignatureImpl> parse_signature(std::string_view source) {
  return Parser(source).parse_signature_source();
}

}  // namespace islet::nfi::detail
