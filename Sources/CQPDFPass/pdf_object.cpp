// Parsing and writing of PDF values (see pdf_object.hpp).
#include "pdf_object.hpp"

#include <cstdint>
#include <stdexcept>

namespace repsheet {

namespace {

bool is_integer(std::string const &t) {
    if (t.empty()) return false;
    for (char c : t)
        if (c < '0' || c > '9') return false;
    return true;
}

[[noreturn]] void fail(char const *what) { throw std::runtime_error(what); }

/// The regular characters at `pos` (a number, keyword or name's rest).
std::string regular_run(char const *data, size_t size, size_t &pos) {
    size_t start = pos;
    while (pos < size && is_regular(data[pos])) pos++;
    return std::string(data + start, pos - start);
}

}  // namespace

void skip_space(char const *data, size_t size, size_t &pos) {
    while (pos < size) {
        char c = data[pos];
        if (is_space(c)) {
            pos++;
        } else if (c == '%') {
            while (pos < size && data[pos] != '\n' && data[pos] != '\r') pos++;
        } else {
            return;
        }
    }
}

Value parse_value(char const *data, size_t size, size_t &pos, int depth) {
    if (depth > 100) fail("objects nested too deeply");
    skip_space(data, size, pos);
    if (pos >= size) fail("unexpected end of an object");
    char c = data[pos];
    if (c == '<' && pos + 1 < size && data[pos + 1] == '<') {
        pos += 2;
        Value dict = Value::dict();
        dict.entries.reserve(8);
        for (;;) {
            skip_space(data, size, pos);
            if (pos + 1 < size && data[pos] == '>' && data[pos + 1] == '>') {
                pos += 2;
                return dict;
            }
            if (pos >= size || data[pos] != '/') fail("a dictionary key is not a name");
            size_t start = pos++;
            while (pos < size && is_regular(data[pos])) pos++;
            std::string key(data + start, pos - start);
            Value value = parse_value(data, size, pos, depth + 1);
            dict.entries.emplace_back(std::move(key), std::move(value));
        }
    }
    if (c == '[') {
        pos++;
        Value array = Value::array();
        for (;;) {
            skip_space(data, size, pos);
            if (pos < size && data[pos] == ']') {
                pos++;
                return array;
            }
            array.items.push_back(parse_value(data, size, pos, depth + 1));
            // "n g R" written as three items becomes one reference.
            auto &items = array.items;
            if (items.size() >= 3 && items.back().kind == Value::Token && items.back().text == "R" &&
                items[items.size() - 2].kind == Value::Token && is_integer(items[items.size() - 2].text) &&
                items[items.size() - 3].kind == Value::Token && is_integer(items[items.size() - 3].text)) {
                int number = std::stoi(items[items.size() - 3].text);
                items.resize(items.size() - 3);
                items.push_back(Value::reference(number));
            }
        }
    }
    if (c == '(') {
        size_t start = pos++;
        int nesting = 1;
        while (pos < size && nesting > 0) {
            char d = data[pos++];
            if (d == '\\') pos++;
            else if (d == '(') nesting++;
            else if (d == ')') nesting--;
        }
        if (nesting > 0) fail("an unterminated string");
        Value v;
        v.kind = Value::String;
        v.text.assign(data + start, pos - start);
        return v;
    }
    if (c == '<') {
        size_t start = pos;
        while (pos < size && data[pos] != '>') pos++;
        if (pos >= size) fail("an unterminated hex string");
        pos++;
        Value v;
        v.kind = Value::String;
        v.text.assign(data + start, pos - start);
        return v;
    }
    if (c == '/') {
        pos++;
        return Value::token("/" + regular_run(data, size, pos));
    }
    if (!is_regular(c)) fail("an unexpected delimiter");
    std::string word = regular_run(data, size, pos);
    if (word == "null") return Value();
    if (is_integer(word)) {
        // A reference: "12 0 R".
        size_t look = pos;
        skip_space(data, size, look);
        size_t second = look;
        std::string generation = regular_run(data, size, look);
        if (is_integer(generation)) {
            skip_space(data, size, look);
            if (look < size && data[look] == 'R' && (look + 1 >= size || !is_regular(data[look + 1]))) {
                pos = look + 1;
                return Value::reference(std::stoi(word));
            }
        }
        (void)second;
    }
    return Value::token(word);
}

namespace {

/// Whether a value's written form starts with a regular character (needs a space before it).
bool starts_regular(Value const &v) {
    return v.kind == Value::Null || v.kind == Value::Ref || (v.kind == Value::Token && !v.text.empty() && v.text[0] != '/');
}

/// Whether a value's written form ends with a regular character (needs a space after it).
bool ends_regular(Value const &v) {
    return v.kind == Value::Null || v.kind == Value::Ref || v.kind == Value::Token;
}

}  // namespace

void write_value(std::string &out, Value const &v) {
    switch (v.kind) {
    case Value::Null: out += "null"; break;
    case Value::Token:
    case Value::String: out += v.text; break;
    case Value::Ref:
        out += std::to_string(v.ref);
        out += " 0 R";
        break;
    case Value::Array: {
        out += '[';
        Value const *previous = nullptr;
        for (auto const &item : v.items) {
            if (previous && ends_regular(*previous) && (starts_regular(item) || item.kind == Value::Token)) out += ' ';
            write_value(out, item);
            previous = &item;
        }
        out += ']';
        break;
    }
    case Value::Dict:
        out += "<<";
        for (auto const &[key, value] : v.entries) {
            out += key;
            if (starts_regular(value)) out += ' ';
            write_value(out, value);
        }
        out += ">>";
        break;
    }
}

Value *Value::get(char const *key) {
    for (auto &entry : entries)
        if (entry.first == key) return &entry.second;
    return nullptr;
}

Value const *Value::get(char const *key) const {
    for (auto const &entry : entries)
        if (entry.first == key) return &entry.second;
    return nullptr;
}

void Value::set(char const *key, Value value) {
    if (Value *existing = get(key)) {
        *existing = std::move(value);
        return;
    }
    entries.emplace_back(key, std::move(value));
}

void Value::remove(char const *key) {
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        if (it->first == key) {
            entries.erase(it);
            return;
        }
    }
}

Value Value::bytes(std::string const &raw) {
    Value v;
    v.kind = String;
    v.text = "(";
    for (char c : raw) {
        if (c == '(' || c == ')' || c == '\\') v.text += '\\';
        if (c == '\r') { v.text += "\\r"; continue; }
        v.text += c;
    }
    v.text += ')';
    return v;
}

Value Value::text_string(std::string const &utf8) {
    bool ascii = true;
    for (unsigned char c : utf8)
        if (c < 0x20 || c > 0x7e) ascii = false;
    if (ascii) return bytes(utf8);
    // UTF-8 to UTF-16BE, with a byte order mark, as hex.
    static char const *digits = "0123456789ABCDEF";
    Value v;
    v.kind = String;
    v.text = "<FEFF";
    auto unit = [&](uint32_t u) {
        for (int shift = 12; shift >= 0; shift -= 4) v.text += digits[(u >> shift) & 0xF];
    };
    size_t i = 0;
    while (i < utf8.size()) {
        unsigned char c = utf8[i];
        uint32_t code;
        int extra;
        if (c < 0x80) { code = c; extra = 0; }
        else if ((c & 0xE0) == 0xC0) { code = c & 0x1F; extra = 1; }
        else if ((c & 0xF0) == 0xE0) { code = c & 0x0F; extra = 2; }
        else { code = c & 0x07; extra = 3; }
        i++;
        for (int k = 0; k < extra && i < utf8.size(); k++, i++) code = (code << 6) | (utf8[i] & 0x3F);
        if (code >= 0x10000) {
            code -= 0x10000;
            unit(0xD800 + (code >> 10));
            unit(0xDC00 + (code & 0x3FF));
        } else {
            unit(code);
        }
    }
    v.text += '>';
    return v;
}

}  // namespace repsheet
