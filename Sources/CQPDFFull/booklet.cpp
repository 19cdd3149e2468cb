// Booklet imposition of a finished PDF (see repsheet_booklet.h).
#include "repsheet_qpdf_full.h"
#include "qpdf_out.hpp"

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <cstdlib>
#include <cstring>
#include <exception>
#include <memory>
#include <string>
#include <vector>

namespace {

/// The page numbers (0-based; -1 for a blank) on the left and right half of each side, in order.
std::vector<std::pair<long, long>> booklet_order(long pages) {
    long padded = (pages + 3) / 4 * 4;
    std::vector<std::pair<long, long>> sides;
    for (long side = 0; side < padded / 2; ++side) {
        long low = side, high = padded - 1 - side;
        long left = side % 2 == 0 ? high : low;
        long right = side % 2 == 0 ? low : high;
        sides.emplace_back(left < pages ? left : -1, right < pages ? right : -1);
    }
    return sides;
}

}  // namespace

extern "C" int repsheet_full_booklet(
    const unsigned char *in, size_t in_size, double sheet_width, double sheet_height, unsigned char **out,
    size_t *out_size, char **error) {
    try {
        QPDF source;
        source.setSuppressWarnings(true);
        source.processMemoryFile("sheet.pdf", reinterpret_cast<char const *>(in), in_size);
        auto pages = QPDFPageDocumentHelper(source).getAllPages();
        QPDF booklet;
        booklet.emptyPDF();
        // Each source page once as a form XObject in the booklet.
        std::vector<QPDFObjectHandle> forms;
        for (auto &page : pages) forms.push_back(booklet.copyForeignObject(page.getFormXObjectForPage()));
        double half = sheet_width / 2;
        for (auto const &[left, right] : booklet_order(static_cast<long>(pages.size()))) {
            auto xobjects = QPDFObjectHandle::newDictionary();
            std::string content;
            auto sheet = QPDFObjectHandle::newDictionary();
            sheet.replaceKey("/Type", QPDFObjectHandle::newName("/Page"));
            sheet.replaceKey(
                "/MediaBox", QPDFObjectHandle::newArray(QPDFObjectHandle::Rectangle(0, 0, sheet_width, sheet_height)));
            QPDFPageObjectHelper helper(sheet);
            long placed[2] = {left, right};
            for (int slot = 0; slot < 2; ++slot) {
                if (placed[slot] < 0) continue;
                std::string name = "/Fx" + std::to_string(slot);
                xobjects.replaceKey(name, forms[static_cast<size_t>(placed[slot])]);
                QPDFObjectHandle::Rectangle rect(slot * half, 0, slot * half + half, sheet_height);
                content += "q\n" + helper.placeFormXObject(forms[static_cast<size_t>(placed[slot])], name, rect) + "\nQ\n";
            }
            auto resources = QPDFObjectHandle::newDictionary();
            resources.replaceKey("/XObject", xobjects);
            sheet.replaceKey("/Resources", resources);
            sheet.replaceKey("/Contents", booklet.newStream(content));
            QPDFPageDocumentHelper(booklet).addPage(QPDFPageObjectHelper(booklet.makeIndirectObject(sheet)), false);
        }
        QPDFWriter writer(booklet);
        writer.setOutputMemory();
        writer.setDeterministicID(true);
        writer.setCompressStreams(true);
        repsheet::write_out(writer, out, out_size);
        return 0;
    } catch (std::exception const &e) {
        *error = repsheet::copy_string(e.what());
        return 1;
    }
}

extern "C" size_t repsheet_full_page_count(const unsigned char *in, size_t in_size) {
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processMemoryFile("sheet.pdf", reinterpret_cast<char const *>(in), in_size);
        return QPDFPageDocumentHelper(pdf).getAllPages().size();
    } catch (std::exception const &) {
        return 0;
    }
}

extern "C" int repsheet_full_first_page_size(const unsigned char *in, size_t in_size, double *width, double *height) {
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processMemoryFile("sheet.pdf", reinterpret_cast<char const *>(in), in_size);
        auto pages = QPDFPageDocumentHelper(pdf).getAllPages();
        if (pages.empty()) return 1;
        auto box = pages.front().getMediaBox().getArrayAsRectangle();
        *width = box.urx - box.llx;
        *height = box.ury - box.lly;
        return 0;
    } catch (std::exception const &) {
        return 1;
    }
}
