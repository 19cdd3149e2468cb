#ifndef REPSHEET_BOOKLET_H
#define REPSHEET_BOOKLET_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Imposes the pages of `in` two-up on sheets `sheet_width` × `sheet_height` points (landscape),
/// in booklet order for folding: the page count padded with blank pages to a multiple of 4, side 1
/// of the first sheet holding the last page and page 1, side 2 page 2 and the one before last, ….
/// Each page is placed centred in its half, shrunk when larger, never enlarged.
/// On success returns 0 and a malloc'd `*out`; on failure returns 1 and a malloc'd `*error`.
int repsheet_qpdf_booklet(
    const unsigned char *in, size_t in_size, double sheet_width, double sheet_height, unsigned char **out,
    size_t *out_size, char **error);

/// The pages of `in` (0 when it cannot be read).
size_t repsheet_qpdf_page_count(const unsigned char *in, size_t in_size);

/// Width and height in points of the first page of `in`; returns 1 when it cannot be read.
int repsheet_qpdf_first_page_size(const unsigned char *in, size_t in_size, double *width, double *height);

/// Why RepSheet's PDF library (libRepSheetQPDF.so, which reads PDFs for booklets and for
/// `repsheet extract`) cannot be used, or NULL when it loads. The text lives as long as the process.
const char *repsheet_qpdf_library_failure(void);

#ifdef __cplusplus
}
#endif

#endif
