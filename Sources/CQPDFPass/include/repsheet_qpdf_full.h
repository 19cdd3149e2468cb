#ifndef REPSHEET_QPDF_FULL_H
#define REPSHEET_QPDF_FULL_H

#include "repsheet_qpdf.h"

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// The work that needs libqpdf, in its own shared library (libRepSheetQPDF.so, the CQPDFFull
/// target), which `repsheet_qpdf_*` open on first use: linking libqpdf and the libraries it
/// brings (GnuTLS, Nettle, GMP, …) into the tool costs every process some 12 M instructions of
/// loading and relocating, more than a fifth of the floor program's whole sheet (issue 19), and
/// most runs never need it. The functions are those of repsheet_qpdf.h and repsheet_booklet.h.

/// `repsheet_qpdf_finish` with libqpdf, with the XMP packet to store as the metadata.
int repsheet_full_finish(
    const unsigned char *in, size_t in_size, const repsheet_finish_options *options, const char *xmp,
    unsigned char **out, size_t *out_size, char **error);
int repsheet_full_source(
    const unsigned char *in, size_t in_size, size_t index, char **name, unsigned char **out, size_t *out_size,
    char **error);
int repsheet_full_booklet(
    const unsigned char *in, size_t in_size, double sheet_width, double sheet_height, unsigned char **out,
    size_t *out_size, char **error);
size_t repsheet_full_page_count(const unsigned char *in, size_t in_size);
int repsheet_full_first_page_size(const unsigned char *in, size_t in_size, double *width, double *height);

/// The shared library's file name, looked for beside the running executable, then in
/// `../lib/repsheet/` from it (where `make install` puts it).
#define REPSHEET_QPDF_LIBRARY "libRepSheetQPDF.so"

#ifdef __cplusplus
}
#endif

#endif
