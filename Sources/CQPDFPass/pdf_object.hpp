// A small PDF object model for the fast finishing pass: values parsed from Cairo's output, edited
// and written back compactly. Strings keep their written form (literal or hex); nothing is decoded
// that the pass does not need.
#ifndef REPSHEET_PDF_OBJECT_HPP
#define REPSHEET_PDF_OBJECT_HPP

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace repsheet {

/// PDF's character classes by byte (white space, delimiters), looked up rather than compared:
/// the pass reads every byte of every page's content.
struct CharacterClasses {
    enum : unsigned char { space = 1, delimiter = 2 };
    unsigned char of[256];
    constexpr CharacterClasses() : of{} {
        for (char c : {' ', '\n', '\r', '\t', '\f', '\0'}) of[static_cast<unsigned char>(c)] = space;
        for (char c : {'(', ')', '<', '>', '[', ']', '{', '}', '/', '%'}) of[static_cast<unsigned char>(c)] = delimiter;
    }
};
inline constexpr CharacterClasses character_classes{};

inline bool is_space(char c) { return character_classes.of[static_cast<unsigned char>(c)] & CharacterClasses::space; }
inline bool is_delimiter(char c) {
    return character_classes.of[static_cast<unsigned char>(c)] & CharacterClasses::delimiter;
}
/// Neither white space nor a delimiter: part of a number, keyword or name.
inline bool is_regular(char c) { return character_classes.of[static_cast<unsigned char>(c)] == 0; }

/// One PDF value.
struct Value {
    enum Kind { Null, Token, String, Array, Dict, Ref };
    Kind kind = Null;
    /// Token: a number, boolean or name as written ("/Figure", "12", "true"); String: the string
    /// as written, delimiters included ("(Hi)", "<FEFF...>").
    std::string text;
    /// Ref: the object number.
    int ref = 0;
    std::vector<Value> items;
    std::vector<std::pair<std::string, Value>> entries;

    static Value token(std::string t) {
        Value v;
        v.kind = Token;
        v.text = std::move(t);
        return v;
    }
    static Value name(std::string const &n) { return token("/" + n); }
    static Value integer(long long n) { return token(std::to_string(n)); }
    static Value reference(int n) {
        Value v;
        v.kind = Ref;
        v.ref = n;
        return v;
    }
    static Value dict() {
        Value v;
        v.kind = Dict;
        return v;
    }
    static Value array() {
        Value v;
        v.kind = Array;
        return v;
    }
    /// A text string: a literal for printable ASCII, else UTF-16BE with a byte order mark.
    static Value text_string(std::string const &utf8);
    /// A byte string written as a literal.
    static Value bytes(std::string const &raw);

    bool is_name(char const *n) const { return kind == Token && text.size() > 1 && text[0] == '/' && text.compare(1, std::string::npos, n) == 0; }
    bool is_dict() const { return kind == Dict; }
    /// The entry `key` ("/S") of a dictionary, nullptr when absent.
    Value *get(char const *key);
    Value const *get(char const *key) const;
    void set(char const *key, Value value);
    void remove(char const *key);
};

/// Parses one value from `data` at `pos` (moved past it); throws std::runtime_error when malformed.
Value parse_value(char const *data, size_t size, size_t &pos, int depth = 0);
/// Skips white space and comments.
void skip_space(char const *data, size_t size, size_t &pos);
/// Appends `value` written compactly.
void write_value(std::string &out, Value const &value);

}  // namespace repsheet

#endif
