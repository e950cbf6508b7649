// TOML layer of Config. toml++ turns floats into doubles, so a float's text is recovered from
// the document at the position toml++ reports; that keeps `get_price` exact.
#include <toml++/toml.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <sstream>
#include <string>
#include <system_error>

#include "core/config_parsers.h"

namespace qtb::config_detail {
namespace {

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) {
      lines.push_back(text.substr(start));
      break;
    }
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

// Byte offset of 1-based code-point column `column` in a UTF-8 line.
std::size_t byte_offset(std::string_view line, std::size_t column) {
  std::size_t points = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const auto byte = static_cast<unsigned char>(line[i]);
    if ((byte & 0xC0U) == 0x80U) continue;  // UTF-8 continuation byte
    if (++points == column) return i;
  }
  return line.size();
}

bool is_float_char(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '+' ||
         c == '-' || c == '.' || c == '_';
}

// The float's text at `pos` without TOML's digit separators, or "" if it does not match `value`.
std::string float_source_text(const std::vector<std::string_view>& lines,
                              const toml::source_position& pos, double value) {
  if (pos.line == 0 || pos.line > lines.size()) return "";
  const std::string_view line = lines[pos.line - 1];
  std::size_t i = byte_offset(line, pos.column);
  std::string token;
  for (; i < line.size() && is_float_char(line[i]); ++i) {
    if (line[i] != '_') token.push_back(line[i]);
  }
  const std::string_view digits = !token.empty() && token[0] == '+'
                                      ? std::string_view(token).substr(1)
                                      : std::string_view(token);
  double parsed = 0;
  const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), parsed);
  if (ec != std::errc() || end != digits.data() + digits.size()) return "";
  const bool same = parsed == value || (std::isnan(parsed) && std::isnan(value));
  return same ? token : "";
}

std::string shortest_text(double value) {
  char buf[64];
  const auto result = std::to_chars(buf, buf + sizeof(buf), value);
  return std::string(buf, result.ptr);
}

class Flattener {
 public:
  Flattener(std::string_view text, std::vector<TomlValue>& out)
      : lines_(split_lines(text)), out_(out) {}

  void table(const toml::table& table, const std::string& prefix) {
    for (auto&& [key, node] : table) {
      const std::string name =
          prefix.empty() ? std::string(key.str()) : prefix + "." + std::string(key.str());
      value(node, name);
    }
  }

 private:
  void value(const toml::node& node, const std::string& name) {
    if (const toml::table* t = node.as_table()) return table(*t, name);
    if (const toml::array* a = node.as_array()) return array(*a, name);
    TomlValue leaf;
    leaf.key = name;
    leaf.line = static_cast<int>(node.source().begin.line);
    leaf.exact = scalar_text(node, leaf.text);
    out_.push_back(std::move(leaf));
  }

  void array(const toml::array& array, const std::string& name) {
    const bool scalars = std::all_of(array.begin(), array.end(), [](const toml::node& n) {
      return !n.is_table() && !n.is_array();
    });
    if (!scalars) {
      for (std::size_t i = 0; i < array.size(); ++i)
        value(array[i], name + "." + std::to_string(i));
      return;
    }
    TomlValue list;
    list.key = name;
    list.is_list = true;
    list.line = static_cast<int>(array.source().begin.line);
    for (const toml::node& item : array) {
      std::string text;
      list.exact = scalar_text(item, text) && list.exact;
      list.items.push_back(std::move(text));
    }
    out_.push_back(std::move(list));
  }

  // Writes the text of a scalar node; false when a float's source text was not recovered.
  bool scalar_text(const toml::node& node, std::string& text) const {
    if (const auto* s = node.as_string()) {
      text = s->get();
    } else if (const auto* i = node.as_integer()) {
      text = std::to_string(i->get());  // exact; also normalises 0x/0o/0b forms
    } else if (const auto* f = node.as_floating_point()) {
      text = float_source_text(lines_, node.source().begin, f->get());
      if (text.empty()) {
        text = shortest_text(f->get());
        return false;
      }
    } else if (const auto* b = node.as_boolean()) {
      text = b->get() ? "true" : "false";
    } else {
      std::ostringstream os;  // dates and times print as ISO 8601
      node.visit([&os](const auto& n) { os << n; });
      text = os.str();
    }
    return true;
  }

  std::vector<std::string_view> lines_;
  std::vector<TomlValue>& out_;
};

}  // namespace

Result<std::vector<TomlValue>> parse_toml(std::string_view text, std::string_view source_name) {
  std::vector<TomlValue> values;
  try {
    const toml::table table = toml::parse(text, source_name);
    Flattener(text, values).table(table, "");
  } catch (const toml::parse_error& e) {
    return Error(ErrorCode::kConfig, std::string(source_name) + ":" +
                                         std::to_string(e.source().begin.line) + ": " +
                                         std::string(e.description()));
  }
  return values;
}

}  // namespace qtb::config_detail
