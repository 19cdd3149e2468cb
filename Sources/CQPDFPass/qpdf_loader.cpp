// The C functions of repsheet_qpdf.h and repsheet_booklet.h: the finishing pass over Cairo's own
// PDFs here (fast_finish.cpp), everything that needs libqpdf in libRepSheetQPDF.so, opened on
// first use (see repsheet_qpdf_full.h).
#include "repsheet_booklet.h"
#include "repsheet_qpdf.h"
#include "repsheet_qpdf_full.h"

#include "fast_finish.hpp"
#include "pdf_text.hpp"

#include <dlfcn.h>
#include <limits.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <exception>
#include <mutex>
#include <new>
#include <string>

namespace {

/// The shared library's functions, or why it could not be opened.
struct FullLibrary {
    decltype(&repsheet_full_finish) finish = nullptr;
    decltype(&repsheet_full_source) source = nullptr;
    decltype(&repsheet_full_booklet) booklet = nullptr;
    decltype(&repsheet_full_page_count) page_count = nullptr;
    decltype(&repsheet_full_first_page_size) first_page_size = nullptr;
    std::string failure;
};

/// The folder of the running executable, with a trailing slash; empty when unknown.
std::string executable_folder() {
    char path[PATH_MAX];
    ssize_t length = readlink("/proc/self/exe", path, sizeof path - 1);
    if (length <= 0) return "";
    std::string text(path, static_cast<size_t>(length));
    size_t slash = text.rfind('/');
    return slash == std::string::npos ? "" : text.substr(0, slash + 1);
}

FullLibrary const &full_library() {
    static FullLibrary library;
    static std::once_flag once;
    std::call_once(once, [] {
        std::string folder = executable_folder();
        std::string tried;
        void *handle = nullptr;
        for (std::string const &path :
             {folder + REPSHEET_QPDF_LIBRARY, folder + "../lib/repsheet/" + REPSHEET_QPDF_LIBRARY}) {
            handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
            if (handle) break;
            tried += (tried.empty() ? "" : ", ") + path;
        }
        if (!handle) {
            library.failure = std::string("RepSheet's PDF library (") + REPSHEET_QPDF_LIBRARY +
                              ") is missing: looked for " + tried + "; build it with `swift build` or `make release`";
            return;
        }
        library.finish = reinterpret_cast<decltype(library.finish)>(dlsym(handle, "repsheet_full_finish"));
        library.source = reinterpret_cast<decltype(library.source)>(dlsym(handle, "repsheet_full_source"));
        library.booklet = reinterpret_cast<decltype(library.booklet)>(dlsym(handle, "repsheet_full_booklet"));
        library.page_count = reinterpret_cast<decltype(library.page_count)>(dlsym(handle, "repsheet_full_page_count"));
        library.first_page_size =
            reinterpret_cast<decltype(library.first_page_size)>(dlsym(handle, "repsheet_full_first_page_size"));
        if (!library.finish || !library.source || !library.booklet || !library.page_count || !library.first_page_size)
            library.failure = std::string(REPSHEET_QPDF_LIBRARY) + " lacks RepSheet's functions";
    });
    return library;
}

/// Sets `*error` to why the library cannot be used and returns 1.
int missing(FullLibrary const &library, char **error) {
    *error = repsheet::copy_string(library.failure);
    return 1;
}

}  // namespace

extern "C" int repsheet_qpdf_finish(
    const unsigned char *in, size_t in_size, const repsheet_finish_options *options, unsigned char **out,
    size_t *out_size, char **error) {
    try {
        if (!std::getenv("REPSHEET_QPDF_PASS")) {
            try {
                std::string fast = repsheet::fast_finish(in, in_size, *options);
                *out_size = fast.size();
                *out = static_cast<unsigned char *>(std::malloc(*out_size ? *out_size : 1));
                if (!*out) throw std::bad_alloc();
                std::memcpy(*out, fast.data(), *out_size);
                return 0;
            } catch (std::bad_alloc const &) {
                throw;
            } catch (std::exception const &) {
                // Not laid out as Cairo writes PDFs: libqpdf reads it whatever its layout.
            }
        }
        auto const &library = full_library();
        if (!library.finish) return missing(library, error);
        // Kept short: qpdf always writes the document's metadata uncompressed.
        std::string xmp = repsheet::xmp_packet(options->title, options->creator);
        return library.finish(in, in_size, options, xmp.c_str(), out, out_size, error);
    } catch (std::exception const &e) {
        *error = repsheet::copy_string(e.what());
        return 1;
    }
}

extern "C" int repsheet_qpdf_source(
    const unsigned char *in, size_t in_size, size_t index, char **name, unsigned char **out, size_t *out_size,
    char **error) {
    auto const &library = full_library();
    if (!library.source) return missing(library, error);
    return library.source(in, in_size, index, name, out, out_size, error);
}

extern "C" int repsheet_qpdf_booklet(
    const unsigned char *in, size_t in_size, double sheet_width, double sheet_height, unsigned char **out,
    size_t *out_size, char **error) {
    auto const &library = full_library();
    if (!library.booklet) return missing(library, error);
    return library.booklet(in, in_size, sheet_width, sheet_height, out, out_size, error);
}

extern "C" size_t repsheet_qpdf_page_count(const unsigned char *in, size_t in_size) {
    auto const &library = full_library();
    return library.page_count ? library.page_count(in, in_size) : 0;
}

extern "C" int repsheet_qpdf_first_page_size(const unsigned char *in, size_t in_size, double *width, double *height) {
    auto const &library = full_library();
    return library.first_page_size ? library.first_page_size(in, in_size, width, height) : 1;
}

extern "C" const char *repsheet_qpdf_library_failure(void) {
    auto const &library = full_library();
    return library.failure.empty() ? nullptr : library.failure.c_str();
}

extern "C" void repsheet_cairo_content_uncompressed(void) {
    // Cairo 1.16 compresses every page's content unless CAIRO_DEBUG_PDF is set (its only effect
    // besides leaving glyph-to-text maps uncompressed); the finishing pass rewrites the content
    // anyway and compresses it once. Set once, before the first PDF; a value already set is kept.
    // Not at load time: Swift finds the command line's arguments next to the original environment.
    static std::once_flag once;
    std::call_once(once, [] { setenv("CAIRO_DEBUG_PDF", "1", 0); });
}
