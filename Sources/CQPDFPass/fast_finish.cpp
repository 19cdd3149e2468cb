// The finishing pass written directly over Cairo's PDF, without libqpdf: Cairo writes a plain
// cross-reference table and small, regular objects, so they are read with a small parser, edited
// and written back with object streams. Fonts and images are copied as they are (no inflating and
// deflating); only the page contents are rewritten, to mark untagged drawing as artifacts.
// About a tenth of the cost of opening and writing the document with libqpdf (issue 15).
#include "fast_finish.hpp"
#include "pdf_text.hpp"

#include "pdf_object.hpp"

#include <libdeflate.h>
#include <zlib.h>

#include <algorithm>
#include <cstring>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace repsheet {

namespace {

[[noreturn]] void fail(char const *what) { throw std::runtime_error(what); }

/// One object of the document.
struct Object {
    Value value;
    bool stream = false;
    /// A stream's data as stored (still compressed).
    std::string data;
};

std::string inflate_data(std::string const &in) {
    z_stream z{};
    if (inflateInit(&z) != Z_OK) fail("inflateInit");
    std::string out;
    out.resize(in.size() * 4 + 1024);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.data()));
    z.avail_in = static_cast<uInt>(in.size());
    for (;;) {
        z.next_out = reinterpret_cast<Bytef *>(&out[z.total_out]);
        z.avail_out = static_cast<uInt>(out.size() - z.total_out);
        int status = inflate(&z, Z_NO_FLUSH);
        if (status == Z_STREAM_END) break;
        if (status != Z_OK && status != Z_BUF_ERROR) {
            inflateEnd(&z);
            fail("a content stream does not inflate");
        }
        if (z.avail_out == 0) {
            out.resize(out.size() * 2);
        } else if (z.avail_in == 0) {
            break;
        }
    }
    out.resize(z.total_out);
    inflateEnd(&z);
    return out;
}

/// One libdeflate compressor per level and thread, made on first use (issue 19): about half
/// zlib's instructions at level 1 for smaller output, and no window or hash table to clear for each
/// of a sheet's dozen small streams.
libdeflate_compressor *compressor(int level) {
    struct Compressors {
        libdeflate_compressor *byLevel[13] = {};
        ~Compressors() {
            for (auto *c : byLevel)
                if (c) libdeflate_free_compressor(c);
        }
    };
    thread_local Compressors compressors;
    // zlib's "default" is its level 6; libdeflate's levels run 1 to 12.
    level = level == Z_DEFAULT_COMPRESSION ? 6 : std::clamp(level, 1, 12);
    auto *&c = compressors.byLevel[level];
    if (!c) c = libdeflate_alloc_compressor(level);
    if (!c) fail("libdeflate_alloc_compressor");
    return c;
}

/// `in` as a zlib stream (what /FlateDecode reads).
std::string deflate_data(std::string const &in, int level) {
    auto *c = compressor(level);
    std::string out(libdeflate_zlib_compress_bound(c, in.size()), '\0');
    size_t size = libdeflate_zlib_compress(c, in.data(), in.size(), &out[0], out.size());
    if (size == 0) fail("deflate");
    out.resize(size);
    return out;
}

/// Whether zlib data holds its bytes as they are (stored blocks, zlib's level 0): how Cairo writes
/// the streams it would compress when its level is 0 (`repsheet_set_cairo_deflate_level`), so that
/// they are compressed once, here.
bool is_stored(std::string const &data) {
    return data.size() >= 3 && (static_cast<unsigned char>(data[0]) & 0x0F) == 8 &&
           ((static_cast<unsigned char>(data[2]) >> 1) & 3) == 0;
}

/// Page content is compressed fast: it is most of the pass's work.
#ifndef REPSHEET_CONTENT_LEVEL
#define REPSHEET_CONTENT_LEVEL 1
#endif
constexpr int CONTENT_LEVEL = REPSHEET_CONTENT_LEVEL;


bool paints(char const *op, size_t n) {
    static char const *ops[] = {"S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n", "Tj", "TJ", "'", "\"",
                                "Do", "sh", "EI", "BT", "m", "re", "W", "W*"};
    for (auto o : ops)
        if (std::strlen(o) == n && std::memcmp(o, op, n) == 0) return true;
    return false;
}

/// Wraps drawing outside every tagged (MCID) marked-content sequence in /Artifact BMC … EMC, and
/// drops Cairo's untagged /Span sequences nested in tagged content (poppler's structure text stops
/// at a nested sequence; the glyphs' own text reads the same once normalised).
std::string mark_artifacts(std::string const &in) {
    std::string out;
    out.reserve(in.size() + in.size() / 16 + 64);
    char const *d = in.data();
    size_t size = in.size(), pos = 0, pending = 0;
    bool mcid = false, artifact = false;
    int depth = 0;
    std::vector<bool> dropped;
    while (pos < size) {
        char c = d[pos];
        if (is_space(c)) {
            pos++;
        } else if (c == '%') {
            while (pos < size && d[pos] != '\n' && d[pos] != '\r') pos++;
        } else if (c == '(') {
            int nesting = 1;
            pos++;
            while (pos < size && nesting > 0) {
                char e = d[pos++];
                if (e == '\\') pos++;
                else if (e == '(') nesting++;
                else if (e == ')') nesting--;
            }
        } else if (c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}') {
            pos++;
            if (c == '<' && pos < size && d[pos] != '<') {
                while (pos < size && d[pos] != '>') pos++;
                pos++;
            } else if ((c == '<' || c == '>') && pos < size && d[pos] == c) {
                pos++;
            }
        } else if (c == '/') {
            size_t start = ++pos;
            while (pos < size && is_regular(d[pos])) pos++;
            if (pos - start == 4 && std::memcmp(d + start, "MCID", 4) == 0) mcid = true;
        } else {
            size_t start = pos;
            while (pos < size && is_regular(d[pos])) pos++;
            char first = d[start];
            if ((first >= '0' && first <= '9') || first == '-' || first == '+' || first == '.') continue;
            size_t n = pos - start;
            char const *op = d + start;
            if (n == 2 && op[0] == 'I' && op[1] == 'D') {
                // An inline image's data runs to "EI" between white space.
                pos++;
                while (pos + 2 <= size &&
                       !(d[pos] == 'E' && d[pos + 1] == 'I' && is_space(d[pos - 1]) &&
                         (pos + 2 == size || is_space(d[pos + 2]))))
                    pos++;
                continue;
            }
            bool keep = true;
            if (n == 3 && (std::memcmp(op, "BDC", 3) == 0 || std::memcmp(op, "BMC", 3) == 0)) {
                if (depth == 0 && artifact && mcid) {
                    out += "\nEMC\n";
                    artifact = false;
                }
                if (depth == 0 && !artifact && !mcid) {
                    out += "\n/Artifact BMC\n";
                    artifact = true;
                }
                bool drop = depth > 0 && !mcid;
                dropped.push_back(drop);
                depth++;
                keep = !drop;
            } else if (n == 3 && std::memcmp(op, "EMC", 3) == 0) {
                if (depth > 0) depth--;
                if (!dropped.empty()) {
                    keep = !dropped.back();
                    dropped.pop_back();
                }
            } else if (depth == 0 && !artifact && paints(op, n)) {
                out += "\n/Artifact BMC\n";
                artifact = true;
            }
            if (keep) out.append(d + pending, pos - pending);
            pending = pos;
            mcid = false;
        }
    }
    out.append(d + pending, size - pending);
    if (artifact) out += "\nEMC\n";
    return out;
}

/// A cairo PDF read into objects, edited and written with object streams.
class Document {
  public:
    Document(char const *data, size_t size) : d(data), n(size) { read(); }

    void finish(repsheet_finish_options const &o);
    std::string write();

  private:
    char const *d;
    size_t n;
    std::map<int, Object> objects;
    Value trailer;
    int next = 1;

    /// The kids (/K) of a structure element: references and marked-content ids as single values,
    /// dictionaries (marked-content and object references) by reference.
    std::vector<Value> shallow_children(Value &element) {
        std::vector<Value> children;
        Value *kids = element.get("/K");
        if (!kids) return children;
        auto add = [&](Value &kid) {
            if (kid.kind == Value::Ref || kid.kind == Value::Token) children.push_back(kid);
            else if (kid.is_dict()) children.push_back(Value::reference(-1 - static_cast<int>(inline_kids.size()))), inline_kids.push_back(&kid);
        };
        if (kids->kind == Value::Array) for (auto &kid : kids->items) add(kid);
        else add(*kids);
        return children;
    }
    /// Dictionaries met inside /K arrays, referred to by negative numbers while walking.
    std::vector<Value *> inline_kids;

    Value &value(Value const &ref) {
        if (ref.kind != Value::Ref) return const_cast<Value &>(ref);
        if (ref.ref < 0) return *inline_kids.at(static_cast<size_t>(-1 - ref.ref));
        auto found = objects.find(ref.ref);
        if (found == objects.end()) fail("a reference to a missing object");
        return found->second.value;
    }
    Value &object(int number) { return objects.at(number).value; }
    int add(Object object) {
        while (objects.count(next)) next++;
        objects[next] = std::move(object);
        return next;
    }

    void read();
    void read_object(int number, size_t offset, std::map<int, size_t> const &offsets);
    void wrap_document(Value &tree, int treeNumber);
    Value fill_pages(Value &element, int depth);
    template <typename F> void walk(Value &element, F &&visit, int depth);
};

void Document::read() {
    // startxref, then a classic table (Cairo writes no cross-reference streams).
    size_t tail = n > 64 ? n - 64 : 0;
    std::string end(d + tail, n - tail);
    size_t at = end.rfind("startxref");
    if (at == std::string::npos) fail("no startxref");
    size_t xref = std::stoul(end.substr(at + 9));
    if (xref + 4 > n || std::memcmp(d + xref, "xref", 4) != 0) fail("not a classic cross-reference table");
    size_t pos = xref + 4;
    std::map<int, size_t> offsets;
    for (;;) {
        skip_space(d, n, pos);
        if (pos + 7 <= n && std::memcmp(d + pos, "trailer", 7) == 0) break;
        Value first = parse_value(d, n, pos), count = parse_value(d, n, pos);
        if (first.kind != Value::Token || count.kind != Value::Token) fail("a malformed cross-reference table");
        int start = std::stoi(first.text), entries = std::stoi(count.text);
        skip_space(d, n, pos);
        for (int i = 0; i < entries; i++) {
            if (pos + 18 > n) fail("a short cross-reference table");
            if (d[pos + 17] == 'n') offsets[start + i] = std::stoul(std::string(d + pos, 10));
            pos += 18;
            while (pos < n && (d[pos] == '\r' || d[pos] == '\n' || d[pos] == ' ')) pos++;
        }
    }
    pos += 7;
    trailer = parse_value(d, n, pos);
    if (!trailer.is_dict() || trailer.get("/Encrypt") || trailer.get("/Prev")) fail("an unexpected trailer");
    for (auto const &[number, offset] : offsets) read_object(number, offset, offsets);
    next = objects.empty() ? 1 : objects.rbegin()->first + 1;
}

void Document::read_object(int number, size_t offset, std::map<int, size_t> const &offsets) {
    if (objects.count(number)) return;
    if (offset >= n) fail("an object beyond the end");
    size_t pos = offset;
    Value num = parse_value(d, n, pos), gen = parse_value(d, n, pos), keyword = parse_value(d, n, pos);
    if (num.kind != Value::Token || std::stoi(num.text) != number || keyword.text != "obj") fail("a misplaced object");
    Object object;
    object.value = parse_value(d, n, pos);
    skip_space(d, n, pos);
    if (pos + 6 <= n && std::memcmp(d + pos, "stream", 6) == 0) {
        pos += 6;
        if (pos < n && d[pos] == '\r') pos++;
        if (pos < n && d[pos] == '\n') pos++;
        Value *length = object.value.get("/Length");
        if (!length) fail("a stream without a length");
        if (length->kind == Value::Ref) {
            auto found = offsets.find(length->ref);
            if (found == offsets.end()) fail("a stream's length is missing");
            read_object(length->ref, found->second, offsets);
            *length = objects[length->ref].value;
        }
        if (length->kind != Value::Token) fail("a stream's length is not a number");
        size_t bytes = std::stoul(length->text);
        if (pos + bytes > n) fail("a stream beyond the end");
        object.stream = true;
        object.data.assign(d + pos, bytes);
    }
    objects[number] = std::move(object);
}

template <typename F> void Document::walk(Value &element, F &&visit, int depth) {
    if (depth > 200) return;
    Value &e = value(element);
    if (e.kind == Value::Array) {
        for (auto &child : e.items) walk(child, visit, depth + 1);
        return;
    }
    if (!e.is_dict()) return;
    if (e.get("/S")) visit(e);
    // Visiting may add entries to `e`: its children are listed first.
    std::vector<Value> children = shallow_children(e);
    for (auto &child : children) walk(child, visit, depth + 1);
}

Value Document::fill_pages(Value &element, int depth) {
    if (depth > 200) return Value();
    Value &e = value(element);
    if (e.kind == Value::Array) {
        Value first;
        for (auto &child : e.items) {
            Value page = fill_pages(child, depth + 1);
            if (first.kind == Value::Null && page.kind != Value::Null) first = page;
        }
        return first;
    }
    if (!e.is_dict()) return Value();
    if (e.get("/Obj") || !e.get("/S")) {
        Value const *pg = e.get("/Pg");
        return pg ? *pg : Value();
    }
    Value page;
    std::vector<Value> children = shallow_children(e);
    for (auto &child : children) {
        Value found = fill_pages(child, depth + 1);
        if (page.kind == Value::Null && found.kind != Value::Null) page = found;
    }
    if (Value const *own = e.get("/Pg")) return *own;
    if (page.kind != Value::Null) e.set("/Pg", page);
    return page;
}

void Document::wrap_document(Value &tree, int treeNumber) {
    Value *kids = tree.get("/K");
    if (!kids) return;
    if (kids->kind == Value::Ref) {
        Value &only = value(*kids);
        Value const *s = only.get("/S");
        if (s && s->is_name("Document")) return;
    }
    if (kids->kind != Value::Array && kids->kind != Value::Ref) return;
    Object document;
    document.value = Value::dict();
    document.value.set("/Type", Value::name("StructElem"));
    document.value.set("/S", Value::name("Document"));
    document.value.set("/P", Value::reference(treeNumber));
    Value list = Value::array();
    std::vector<Value> children = kids->kind == Value::Array ? kids->items : std::vector<Value>{*kids};
    int number = add(std::move(document));
    for (auto &child : children) {
        if (child.kind == Value::Ref) value(child).set("/P", Value::reference(number));
        list.items.push_back(child);
    }
    object(number).set("/K", list);
    tree.set("/K", Value::reference(number));
}

void Document::finish(repsheet_finish_options const &o) {
    Value *rootRef = trailer.get("/Root");
    if (!rootRef || rootRef->kind != Value::Ref) fail("no catalog");
    int rootNumber = rootRef->ref;
    {
        Value &root = object(rootNumber);
        if (o.lang && *o.lang) root.set("/Lang", Value::text_string(o.lang));
        Value prefs = Value::dict();
        prefs.set("/DisplayDocTitle", Value::token("true"));
        root.set("/ViewerPreferences", prefs);
        Value mark = Value::dict();
        mark.set("/Marked", Value::token("true"));
        root.set("/MarkInfo", mark);
    }
    Object metadata;
    metadata.stream = true;
    metadata.data = xmp_packet(o.title, o.creator);
    metadata.value = Value::dict();
    metadata.value.set("/Type", Value::name("Metadata"));
    metadata.value.set("/Subtype", Value::name("XML"));
    object(rootNumber).set("/Metadata", Value::reference(add(std::move(metadata))));

    if (Value *info = trailer.get("/Info"); info && info->kind == Value::Ref) {
        Value &dict = value(*info);
        dict.set("/Producer", Value::bytes("RepSheet"));
        if (o.creator && *o.creator) dict.set("/Author", Value::text_string(o.creator));
    }

    if (Value *treeRef = object(rootNumber).get("/StructTreeRoot"); treeRef && treeRef->kind == Value::Ref) {
        int treeNumber = treeRef->ref;
        wrap_document(object(treeNumber), treeNumber);
        Value kids = *object(treeNumber).get("/K");
        fill_pages(kids, 0);
        size_t figure = 0, link = 0;
        walk(kids, [&](Value &element) {
            Value const *s = element.get("/S");
            if (!s) return;
            if (s->is_name("Figure") && figure < o.figure_count) {
                element.set("/Alt", Value::text_string(o.figure_alts[figure++]));
            } else if (s->is_name("TH")) {
                // The first row's headings head columns; a row's first cell heads its row.
                bool firstRow = false;
                Value const *rowRef = element.get("/P");
                if (rowRef && rowRef->kind == Value::Ref) {
                    Value &row = value(*rowRef);
                    Value const *tableRef = row.get("/P");
                    if (tableRef && tableRef->kind == Value::Ref) {
                        Value const *rows = value(*tableRef).get("/K");
                        Value const *first = rows && rows->kind == Value::Array && !rows->items.empty()
                                                 ? &rows->items[0] : rows;
                        firstRow = first && first->kind == Value::Ref && first->ref == rowRef->ref;
                    }
                }
                Value attributes = Value::dict();
                attributes.set("/O", Value::name("Table"));
                attributes.set("/Scope", Value::name(firstRow ? "Column" : "Row"));
                element.set("/A", attributes);
            } else if (s->is_name("Link") && link < o.link_count) {
                std::string text = o.link_texts[link++];
                element.set("/Alt", Value::text_string(text));
                Value const *kids = element.get("/K");
                std::vector<Value> list;
                if (kids && kids->kind == Value::Array) list = kids->items;
                else if (kids) list.push_back(*kids);
                for (auto &kid : list) {
                    Value &k = value(kid);
                    if (!k.is_dict()) continue;
                    Value const *obj = k.get("/Obj");
                    if (obj && obj->kind == Value::Ref) value(*obj).set("/Contents", Value::text_string(text));
                }
            }
        }, 0);
    }

    for (auto &[number, object] : objects) {
        Value &v = object.value;
        if (!v.is_dict() || object.stream) continue;
        Value const *subtype = v.get("/Subtype");
        if (subtype && subtype->is_name("CIDFontType2") && !v.get("/CIDToGIDMap"))
            v.set("/CIDToGIDMap", Value::name("Identity"));
    }

    // Pages: tab order and printed links where there are annotations; untagged drawing as artifacts.
    std::vector<int> pages;
    std::vector<int> stack;
    if (Value const *p = object(rootNumber).get("/Pages"); p && p->kind == Value::Ref) stack.push_back(p->ref);
    while (!stack.empty() && pages.size() < 100000) {
        int number = stack.back();
        stack.pop_back();
        Value &node = object(number);
        Value const *type = node.get("/Type");
        if (type && type->is_name("Pages")) {
            Value const *kids = node.get("/Kids");
            if (!kids || kids->kind != Value::Array) continue;
            for (auto it = kids->items.rbegin(); it != kids->items.rend(); ++it)
                if (it->kind == Value::Ref) stack.push_back(it->ref);
        } else {
            pages.push_back(number);
        }
    }
    for (int number : pages) {
        Value *annots = object(number).get("/Annots");
        Value *annotList = annots ? &value(*annots) : nullptr;
        if (annotList && annotList->kind == Value::Array && !annotList->items.empty()) {
            std::vector<Value> refs = annotList->items;  // setting /Tabs may move the page's entries
            object(number).set("/Tabs", Value::name("S"));
            for (auto &annotRef : refs) {
                Value &annot = value(annotRef);
                if (!annot.is_dict()) continue;
                annot.set("/F", Value::integer(4));
                if (!annot.get("/Contents")) {
                    Value const *action = annot.get("/A");
                    if (action && action->kind == Value::Ref) action = &value(*action);
                    Value const *uri = action && action->is_dict() ? action->get("/URI") : nullptr;
                    if (uri && uri->kind == Value::String) annot.set("/Contents", *uri);
                }
            }
        }
        Value const *contents = object(number).get("/Contents");
        if (!contents || contents->kind != Value::Ref) fail("a page without one content stream");
        Object &stream = objects.at(contents->ref);
        Value const *filter = stream.value.get("/Filter");
        if (!stream.stream || (filter && !filter->is_name("FlateDecode")) || stream.value.get("/DecodeParms"))
            fail("a page's content is not a plain stream");
        // Cairo leaves the content uncompressed when told to (see finish.cpp): it is compressed
        // once, here.
        std::string content = mark_artifacts(filter ? inflate_data(stream.data) : stream.data);
        stream.data = deflate_data(content, CONTENT_LEVEL);
        stream.value.set("/Filter", Value::name("FlateDecode"));
    }

    // Other streams Cairo left uncompressed (glyph-to-text maps) are compressed too, and those it
    // stored in zlib's format without compressing them (font subsets and images, at level 0).
    for (auto &[number, object] : objects) {
        if (!object.stream) continue;
        Value const *filter = object.value.get("/Filter");
        if (filter) {
            if (filter->is_name("FlateDecode") && !object.value.get("/DecodeParms") && is_stored(object.data))
                object.data = deflate_data(inflate_data(object.data), Z_BEST_SPEED);
            continue;
        }
        Value const *type = object.value.get("/Type");
        if (type && type->is_name("Metadata")) continue;
        object.data = deflate_data(object.data, Z_BEST_SPEED);
        object.value.set("/Filter", Value::name("FlateDecode"));
    }

    // The sources: each file a stream and a file specification, listed in the catalog's /AF in
    // their order and in its name tree sorted by name.
    Value af = Value::array();
    std::vector<std::pair<std::string, int>> named;
    for (size_t i = 0; i < o.attachment_count; i++) {
        auto const &source = o.attachments[i];
        if (!source.name) continue;
        std::string data(reinterpret_cast<char const *>(source.data), source.size);
        Object file;
        file.stream = true;
        file.data = deflate_data(data, Z_DEFAULT_COMPRESSION);
        file.value = Value::dict();
        file.value.set("/Type", Value::name("EmbeddedFile"));
        if (source.mime && *source.mime) {
            std::string mime;
            for (char const *c = source.mime; *c; c++) {
                if (*c == '/') mime += "#2F";
                else mime += *c;
            }
            file.value.set("/Subtype", Value::name(mime));
        }
        Value params = Value::dict();
        params.set("/Size", Value::integer(static_cast<long long>(data.size())));
        file.value.set("/Params", params);
        file.value.set("/Filter", Value::name("FlateDecode"));
        int fileNumber = add(std::move(file));
        Object spec;
        spec.value = Value::dict();
        spec.value.set("/Type", Value::name("Filespec"));
        spec.value.set("/F", Value::text_string(source.name));
        spec.value.set("/UF", Value::text_string(source.name));
        Value ef = Value::dict();
        ef.set("/F", Value::reference(fileNumber));
        ef.set("/UF", Value::reference(fileNumber));
        spec.value.set("/EF", ef);
        if (source.description) spec.value.set("/Desc", Value::text_string(source.description));
        spec.value.set("/AFRelationship", Value::name("Source"));
        int specNumber = add(std::move(spec));
        af.items.push_back(Value::reference(specNumber));
        named.emplace_back(source.name, specNumber);
    }
    if (!named.empty()) {
        std::stable_sort(named.begin(), named.end(), [](auto const &a, auto const &b) { return a.first < b.first; });
        Value names = Value::array();
        for (auto const &[name, number] : named) {
            names.items.push_back(Value::text_string(name));
            names.items.push_back(Value::reference(number));
        }
        Value tree = Value::dict();
        tree.set("/Names", names);
        Value nameDict = Value::dict();
        nameDict.set("/EmbeddedFiles", tree);
        Value &root = object(rootNumber);
        root.set("/Names", nameDict);
        root.set("/AF", af);
    }
}

std::string Document::write() {
    // Only objects reachable from the trailer, numbered in the order they are met.
    std::map<int, int> renumber;
    std::vector<int> order;
    std::vector<Value *> queue;
    auto visit = [&](auto &&self, Value &v) -> void {
        switch (v.kind) {
        case Value::Ref: {
            auto found = renumber.find(v.ref);
            if (found == renumber.end()) {
                if (!objects.count(v.ref)) {
                    v = Value();
                    return;
                }
                int number = static_cast<int>(order.size()) + 1;
                renumber[v.ref] = number;
                order.push_back(v.ref);
                queue.push_back(&objects[v.ref].value);
                v.ref = number;
            } else {
                v.ref = found->second;
            }
            break;
        }
        case Value::Array:
            for (auto &item : v.items) self(self, item);
            break;
        case Value::Dict:
            for (auto &entry : v.entries) self(self, entry.second);
            break;
        default: break;
        }
    };
    Value newTrailer = Value::dict();
    if (Value *root = trailer.get("/Root")) newTrailer.set("/Root", *root);
    if (Value *info = trailer.get("/Info")) newTrailer.set("/Info", *info);
    visit(visit, newTrailer);
    for (size_t i = 0; i < queue.size(); i++) visit(visit, *queue[i]);

    std::string out = "%PDF-1.7\n%\xBF\xF7\xA2\xFE\n";
    size_t count = order.size();
    // Offsets (type 1) or places in the object stream (type 2), by new number.
    std::vector<size_t> offsets(count + 3, 0);
    std::vector<int> inStream(count + 3, -1);
    int objectStream = static_cast<int>(count) + 1, xrefNumber = static_cast<int>(count) + 2;
    std::string header, body;
    int packed = 0;
    for (size_t i = 0; i < count; i++) {
        int number = static_cast<int>(i) + 1;
        Object &object = objects[order[i]];
        if (object.stream) {
            offsets[number] = out.size();
            out += std::to_string(number);
            out += " 0 obj\n";
            object.value.set("/Length", Value::integer(static_cast<long long>(object.data.size())));
            write_value(out, object.value);
            out += "\nstream\n";
            out += object.data;
            out += "\nendstream\nendobj\n";
        } else {
            header += std::to_string(number);
            header += ' ';
            header += std::to_string(body.size());
            header += ' ';
            inStream[number] = packed++;
            write_value(body, object.value);
            body += '\n';
        }
    }
    std::string packedData = deflate_data(header + body, Z_BEST_SPEED);
    offsets[objectStream] = out.size();
    out += std::to_string(objectStream) + " 0 obj\n<</Type/ObjStm/N " + std::to_string(packed) + "/First " +
           std::to_string(header.size()) + "/Filter/FlateDecode/Length " + std::to_string(packedData.size()) +
           ">>\nstream\n";
    out += packedData;
    out += "\nendstream\nendobj\n";

    // A deterministic ID: checksums of everything written so far (16 bytes, as hex).
    auto const *bytes = reinterpret_cast<Bytef const *>(out.data());
    auto length = static_cast<uInt>(out.size());
    uLong sums[4] = {crc32(0, bytes, length), adler32(1, bytes, length), static_cast<uLong>(out.size()),
                     static_cast<uLong>(count)};
    std::string id;
    static char const *digits = "0123456789abcdef";
    for (uLong sum : sums)
        for (int shift = 28; shift >= 0; shift -= 4) id += digits[(sum >> shift) & 0xF];
    offsets[xrefNumber] = out.size();
    // The table's rows, each as the difference from the row above (PNG "Up" prediction), which
    // compresses to almost nothing.
    int width = 1;
    while (width < 4 && (offsets[xrefNumber] >> (8 * width)) != 0) width++;
    int row = 1 + width + 2;
    std::string table;
    std::string previous(static_cast<size_t>(row), '\0'), current(static_cast<size_t>(row), '\0');
    auto entry = [&](int type, size_t field2, int field3) {
        current[0] = static_cast<char>(type);
        for (int i = 0; i < width; i++) current[1 + i] = static_cast<char>((field2 >> (8 * (width - 1 - i))) & 0xFF);
        current[1 + width] = static_cast<char>((field3 >> 8) & 0xFF);
        current[2 + width] = static_cast<char>(field3 & 0xFF);
        table += '\2';
        for (int i = 0; i < row; i++) table += static_cast<char>(current[i] - previous[i]);
        previous.swap(current);
    };
    entry(0, 0, 65535);
    for (int number = 1; number <= xrefNumber; number++) {
        if (inStream[number] >= 0) entry(2, static_cast<size_t>(objectStream), inStream[number]);
        else entry(1, offsets[number], 0);
    }
    std::string xref = deflate_data(table, Z_BEST_SPEED);
    Value dict = Value::dict();
    dict.set("/Type", Value::name("XRef"));
    dict.set("/Size", Value::integer(xrefNumber + 1));
    Value w = Value::array();
    w.items = {Value::integer(1), Value::integer(width), Value::integer(2)};
    dict.set("/W", w);
    if (Value *root = newTrailer.get("/Root")) dict.set("/Root", *root);
    if (Value *info = newTrailer.get("/Info")) dict.set("/Info", *info);
    Value ids = Value::array();
    Value idString;
    idString.kind = Value::String;
    idString.text = "<" + id + ">";
    ids.items = {idString, idString};
    dict.set("/ID", ids);
    dict.set("/Filter", Value::name("FlateDecode"));
    Value parms = Value::dict();
    parms.set("/Columns", Value::integer(row));
    parms.set("/Predictor", Value::integer(12));
    dict.set("/DecodeParms", parms);
    dict.set("/Length", Value::integer(static_cast<long long>(xref.size())));
    out += std::to_string(xrefNumber) + " 0 obj\n";
    write_value(out, dict);
    out += "\nstream\n";
    out += xref;
    out += "\nendstream\nendobj\nstartxref\n" + std::to_string(offsets[xrefNumber]) + "\n%%EOF\n";
    return out;
}

}  // namespace

std::string fast_finish(unsigned char const *in, size_t in_size, repsheet_finish_options const &options) {
    Document document(reinterpret_cast<char const *>(in), in_size);
    document.finish(options);
    return document.write();
}

}  // namespace repsheet
