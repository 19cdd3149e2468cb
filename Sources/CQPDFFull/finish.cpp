// The finishing pass with libqpdf, for a PDF not laid out as Cairo writes one, and reading a
// PDF's attached sources (see repsheet_qpdf.h, repsheet_qpdf_full.h).
#include "repsheet_qpdf_full.h"
#include "qpdf_out.hpp"

#include <qpdf/Buffer.hh>
#include <qpdf/Pl_Buffer.hh>
#include <qpdf/Pl_Flate.hh>
#include <qpdf/Pipeline.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFEFStreamObjectHelper.hh>
#include <qpdf/QPDFEmbeddedFileDocumentHelper.hh>
#include <qpdf/QPDFFileSpecObjectHelper.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>
#include <qpdf/QUtil.hh>

#include <cstdlib>
#include <cstring>
#include <exception>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

/// The most an attached file may hold once decoded: a picture file's limit (25 MB) and a
/// little. A small PDF can carry a stream that inflates to gigabytes; reading stops here.
constexpr size_t MAX_SOURCE_BYTES = 26u << 20;

/// The decoded bytes of a stream, up to `MAX_SOURCE_BYTES`.
class CappedBytes : public Pipeline {
  public:
    CappedBytes() : Pipeline("attached file", nullptr) {}
    void write(unsigned char const *data, size_t len) override {
        if (len > MAX_SOURCE_BYTES - bytes.size()) {
            overflowed = true;
            throw std::length_error("too large");
        }
        bytes.append(reinterpret_cast<char const *>(data), len);
    }
    void finish() override {}
    std::string bytes;
    bool overflowed = false;
};

/// Wraps content drawn outside every marked-content sequence in /Artifact BMC ... EMC.
class ArtifactFilter : public QPDFObjectHandle::TokenFilter {
  public:
    void handleToken(QPDFTokenizer::Token const &token) override {
        pending.push_back(token);
        auto type = token.getType();
        if (type == QPDFTokenizer::tt_inline_image) return;
        if (type != QPDFTokenizer::tt_word) return;
        std::string op = token.getValue();
        if (op == "BI") { inlineImage = true; return; }
        if (inlineImage && op != "EI") return;
        inlineImage = false;
        if (op == "BDC" || op == "BMC") {
            // Only a sequence with a marked-content id is tagged content; others (Cairo's
            // /Span with /ActualText) at the top level belong to the artifact around them.
            bool tagged = false;
            for (auto const &t : pending)
                if (t.getType() == QPDFTokenizer::tt_name && t.getValue() == "/MCID") tagged = true;
            if (depth == 0 && artifactOpen && tagged) { write("\nEMC\n"); artifactOpen = false; }
            if (depth == 0 && !artifactOpen && !tagged) { write("\n/Artifact BMC\n"); artifactOpen = true; }
            // Inside tagged content, Cairo's /ActualText spans are dropped: poppler's structure
            // text stops at a nested sequence, and the glyphs' own text (a ligature's
            // presentation form) reads the same once normalised.
            bool drop = depth > 0 && !tagged;
            dropped.push_back(drop);
            depth++;
            if (drop) {
                pending.clear();
                return;
            }
        } else if (op == "EMC") {
            if (depth > 0) depth--;
            bool drop = !dropped.empty() && dropped.back();
            if (!dropped.empty()) dropped.pop_back();
            if (drop) {
                pending.clear();
                return;
            }
        } else if (depth == 0 && !artifactOpen && paints(op)) {
            write("\n/Artifact BMC\n");
            artifactOpen = true;
        }
        flush();
    }

    void handleEOF() override {
        flush();
        if (artifactOpen) write("\nEMC\n");
        artifactOpen = false;
    }

  private:
    std::vector<QPDFTokenizer::Token> pending;
    int depth = 0;
    bool artifactOpen = false;
    bool inlineImage = false;
    /// For each open marked-content sequence, whether its BDC was dropped (so its EMC goes too).
    std::vector<bool> dropped;

    static bool paints(std::string const &op) {
        static const char *ops[] = {"S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n", "Tj", "TJ", "'", "\"",
                                    "Do", "sh", "EI", "BT", "m", "re", "W", "W*"};
        for (auto o : ops)
            if (op == o) return true;
        return false;
    }

    void flush() {
        for (auto const &t : pending) writeToken(t);
        pending.clear();
    }
};

/// Visits structure elements depth first, in document order.
template <typename F> void walk(QPDFObjectHandle element, F &&visit, int depth = 0) {
    if (depth > 200) return;
    if (element.isArray()) {
        for (auto &child : element.aitems()) walk(child, visit, depth + 1);
        return;
    }
    if (!element.isDictionary()) return;
    if (element.hasKey("/S")) visit(element);
    if (element.hasKey("/K")) walk(element.getKey("/K"), visit, depth + 1);
}

/// Sets /Pg on elements that lack it from their first child with one; returns the element's page.
QPDFObjectHandle fill_pages(QPDFObjectHandle element, int depth = 0) {
    if (depth > 200) return QPDFObjectHandle::newNull();
    if (element.isArray()) {
        QPDFObjectHandle first = QPDFObjectHandle::newNull();
        for (auto &child : element.aitems()) {
            auto page = fill_pages(child, depth + 1);
            if (first.isNull() && !page.isNull()) first = page;
        }
        return first;
    }
    if (!element.isDictionary()) return QPDFObjectHandle::newNull();
    if (element.hasKey("/Obj") || !element.hasKey("/S")) return element.getKey("/Pg");
    auto page = fill_pages(element.getKey("/K"), depth + 1);
    if (element.hasKey("/Pg")) return element.getKey("/Pg");
    if (!page.isNull()) element.replaceKey("/Pg", page);
    return page;
}

void finish(QPDF &pdf, repsheet_finish_options const &o, char const *xmp) {
    auto root = pdf.getRoot();
    if (o.lang && *o.lang) root.replaceKey("/Lang", QPDFObjectHandle::newUnicodeString(o.lang));
    auto prefs = QPDFObjectHandle::newDictionary();
    prefs.replaceKey("/DisplayDocTitle", QPDFObjectHandle::newBool(true));
    root.replaceKey("/ViewerPreferences", prefs);
    auto mark = QPDFObjectHandle::newDictionary();
    mark.replaceKey("/Marked", QPDFObjectHandle::newBool(true));
    root.replaceKey("/MarkInfo", mark);
    auto metadata = QPDFObjectHandle::newStream(&pdf, std::string(xmp));
    metadata.getDict().replaceKey("/Type", QPDFObjectHandle::newName("/Metadata"));
    metadata.getDict().replaceKey("/Subtype", QPDFObjectHandle::newName("/XML"));
    root.replaceKey("/Metadata", metadata);
    auto info = pdf.getTrailer().getKey("/Info");
    if (info.isDictionary()) {
        info.replaceKey("/Producer", QPDFObjectHandle::newString("RepSheet"));
        if (o.creator && *o.creator) info.replaceKey("/Author", QPDFObjectHandle::newUnicodeString(o.creator));
    }

    // One Document element holds the whole tree (Cairo 1.16 leaves its Document tag out).
    if (root.hasKey("/StructTreeRoot")) {
        auto tree = root.getKey("/StructTreeRoot");
        auto kids = tree.getKey("/K");
        bool single = kids.isDictionary() && kids.getKey("/S").isName() && kids.getKey("/S").getName() == "/Document";
        if (!single && (kids.isArray() || kids.isDictionary())) {
            auto document = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
            document.replaceKey("/Type", QPDFObjectHandle::newName("/StructElem"));
            document.replaceKey("/S", QPDFObjectHandle::newName("/Document"));
            document.replaceKey("/P", tree);
            auto list = QPDFObjectHandle::newArray();
            std::vector<QPDFObjectHandle> children;
            if (kids.isArray()) children = kids.getArrayAsVector(); else children.push_back(kids);
            for (auto &child : children) {
                if (child.isDictionary()) child.replaceKey("/P", document);
                list.appendItem(child);
            }
            document.replaceKey("/K", list);
            tree.replaceKey("/K", document);
        }
    }

    // An element without its own content names the page of its first content (/Pg), so a
    // checker can place a table or a list.
    if (root.hasKey("/StructTreeRoot")) fill_pages(root.getKey("/StructTreeRoot").getKey("/K"));

    // Figures get their descriptions, links their texts, in document order.
    if (root.hasKey("/StructTreeRoot")) {
        size_t figure = 0, link = 0;
        walk(root.getKey("/StructTreeRoot").getKey("/K"), [&](QPDFObjectHandle element) {
            std::string type = element.getKey("/S").isName() ? element.getKey("/S").getName() : "";
            if (type == "/Figure" && figure < o.figure_count) {
                element.replaceKey("/Alt", QPDFObjectHandle::newUnicodeString(o.figure_alts[figure++]));
            } else if (type == "/TH") {
                // The first row's headings head columns; a row's first cell heads its row.
                auto row = element.getKey("/P");
                auto table = row.isDictionary() ? row.getKey("/P") : QPDFObjectHandle::newNull();
                bool firstRow = false;
                if (table.isDictionary()) {
                    auto rows = table.getKey("/K");
                    auto first = rows.isArray() && rows.getArrayNItems() > 0 ? rows.getArrayItem(0) : rows;
                    firstRow = first.isDictionary() && first.getObjGen() == row.getObjGen();
                }
                auto attributes = QPDFObjectHandle::newDictionary();
                attributes.replaceKey("/O", QPDFObjectHandle::newName("/Table"));
                attributes.replaceKey("/Scope", QPDFObjectHandle::newName(firstRow ? "/Column" : "/Row"));
                element.replaceKey("/A", attributes);
            } else if (type == "/Link" && link < o.link_count) {
                std::string text = o.link_texts[link++];
                element.replaceKey("/Alt", QPDFObjectHandle::newUnicodeString(text));
                auto kids = element.getKey("/K");
                std::vector<QPDFObjectHandle> list;
                if (kids.isArray()) list = kids.getArrayAsVector(); else list.push_back(kids);
                for (auto &kid : list) {
                    if (kid.isDictionary() && kid.hasKey("/Obj") && kid.getKey("/Obj").isDictionary())
                        kid.getKey("/Obj").replaceKey("/Contents", QPDFObjectHandle::newUnicodeString(text));
                }
            }
        });
    }

    // PDF/UA wants a glyph map on every embedded TrueType CID font; Cairo's CIDs are glyph ids.
    for (auto &object : pdf.getAllObjects()) {
        if (!object.isDictionary()) continue;
        auto subtype = object.getKey("/Subtype");
        if (subtype.isName() && subtype.getName() == "/CIDFontType2" && !object.hasKey("/CIDToGIDMap"))
            object.replaceKey("/CIDToGIDMap", QPDFObjectHandle::newName("/Identity"));
    }

    for (auto &page : QPDFPageDocumentHelper(pdf).getAllPages()) {
        auto object = page.getObjectHandle();
        auto annots = object.getKey("/Annots");
        if (annots.isArray() && annots.getArrayNItems() > 0) {
            object.replaceKey("/Tabs", QPDFObjectHandle::newName("/S"));
            for (auto &annot : annots.aitems()) {
                if (!annot.isDictionary()) continue;
                annot.replaceKey("/F", QPDFObjectHandle::newInteger(4));
                if (!annot.hasKey("/Contents") && annot.getKey("/A").isDictionary()) {
                    auto uri = annot.getKey("/A").getKey("/URI");
                    if (uri.isString()) annot.replaceKey("/Contents", QPDFObjectHandle::newUnicodeString(uri.getUTF8Value()));
                }
            }
        }
        // Untagged drawing becomes artifacts.
        Pl_Buffer buffer("artifacts");
        ArtifactFilter filter;
        page.filterContents(&filter, &buffer);
        auto bytes = buffer.getBufferSharedPointer();
        std::string content(reinterpret_cast<char const *>(bytes->getBuffer()), bytes->getSize());
        object.replaceKey("/Contents", QPDFObjectHandle::newStream(&pdf, content));
    }

    auto af = QPDFObjectHandle::newArray();
    for (size_t i = 0; i < o.attachment_count; i++) {
        auto const &file = o.attachments[i];
        std::string data(reinterpret_cast<char const *>(file.data), file.size);
        auto stream = QPDFEFStreamObjectHelper::createEFStream(pdf, data);
        if (file.mime && *file.mime) stream.setSubtype(file.mime);
        auto spec = QPDFFileSpecObjectHelper::createFileSpec(pdf, file.name, stream);
        if (file.description) spec.setDescription(file.description);
        auto specObject = spec.getObjectHandle();
        specObject.replaceKey("/AFRelationship", QPDFObjectHandle::newName("/Source"));
        QPDFEmbeddedFileDocumentHelper(pdf).replaceEmbeddedFile(file.name, spec);
        af.appendItem(specObject);
    }
    if (o.attachment_count > 0) root.replaceKey("/AF", af);
}

}  // namespace

extern "C" int repsheet_full_finish(
    const unsigned char *in, size_t in_size, const repsheet_finish_options *options, const char *xmp,
    unsigned char **out, size_t *out_size, char **error) {
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processMemoryFile("sheet.pdf", reinterpret_cast<char const *>(in), in_size);
        finish(pdf, *options, xmp);
        QPDFWriter writer(pdf);
        writer.setOutputMemory();
        writer.setDeterministicID(true);
        writer.setObjectStreamMode(qpdf_o_generate);
        writer.setCompressStreams(true);
        writer.setMinimumPDFVersion("1.7");
        repsheet::write_out(writer, out, out_size);
        return 0;
    } catch (std::exception const &e) {
        *error = repsheet::copy_string(e.what());
        return 1;
    }
}

extern "C" int repsheet_full_source(
    const unsigned char *in, size_t in_size, size_t index, char **name, unsigned char **out, size_t *out_size,
    char **error) {
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processMemoryFile("sheet.pdf", reinterpret_cast<char const *>(in), in_size);
        // The catalog's /AF lists the sources in their order; the name tree sorts them by name.
        auto af = pdf.getRoot().getKey("/AF");
        if (!af.isArray()) return 2;
        size_t found = 0;
        for (auto &object : af.aitems()) {
            if (!object.isDictionary()) continue;
            auto relationship = object.getKey("/AFRelationship");
            if (!relationship.isName() || relationship.getName() != "/Source") continue;
            if (found++ != index) continue;
            QPDFFileSpecObjectHelper spec(object);
            CappedBytes data;
            bool filtered = false;
            bool decoded = spec.getEmbeddedFileStream().pipeStreamData(&data, &filtered, 0, qpdf_dl_all, true);
            if (data.overflowed) {
                *error = repsheet::copy_string(
                    "an attached file is larger than " + std::to_string(MAX_SOURCE_BYTES >> 20) +
                    " MB once unpacked; RepSheet attaches no file that large");
                return 1;
            }
            if (!decoded) throw std::runtime_error("an attached file cannot be unpacked");
            // A NUL would cut the name short as C text ("x.yaml\0.sh" as "x.yaml"): it is passed on
            // as a control character, which the reader refuses.
            std::string filename = spec.getFilename();
            for (char &c : filename)
                if (c == '\0') c = '\x01';
            *name = repsheet::copy_string(filename);
            *out_size = data.bytes.size();
            *out = static_cast<unsigned char *>(std::malloc(*out_size ? *out_size : 1));
            if (!*out) throw std::bad_alloc();
            std::memcpy(*out, data.bytes.data(), *out_size);
            return 0;
        }
        return 2;
    } catch (std::exception const &e) {
        *error = repsheet::copy_string(e.what());
        return 1;
    }
}
