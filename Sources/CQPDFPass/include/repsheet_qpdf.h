#ifndef REPSHEET_QPDF_H
#define REPSHEET_QPDF_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// A file attached to the PDF with /AFRelationship /Source.
typedef struct {
    const char *name;
    const char *mime;
    const char *description;
    const unsigned char *data;
    size_t size;
} repsheet_attachment;

/// What the finishing pass adds to a tagged Cairo PDF.
typedef struct {
    /// The document's language tag ("en", "ar").
    const char *lang;
    /// The document title and its creator (the provider), for the XMP metadata.
    const char *title;
    const char *creator;
    /// The creation date as "YYYY-MM-DD".
    const char *date;
    /// The /Alt of every Figure structure element, in document order.
    const char *const *figure_alts;
    size_t figure_count;
    /// The /Contents of every Link's annotation, in document order.
    const char *const *link_texts;
    size_t link_count;
    /// The files to attach as sources (the routine first, then its pictures), in order.
    const repsheet_attachment *attachments;
    size_t attachment_count;
} repsheet_finish_options;

/// Finishes `in`: language, XMP, viewer preferences, tab order, link texts, figure descriptions,
/// artifacts for untagged content, the attachment, object streams and a deterministic ID.
/// On success returns 0 and a malloc'd `*out`; on failure returns 1 and a malloc'd `*error`.
int repsheet_qpdf_finish(
    const unsigned char *in, size_t in_size, const repsheet_finish_options *options, unsigned char **out,
    size_t *out_size, char **error);

/// The embedded file marked /AFRelationship /Source at `index` among them (in the order of the
/// catalog's /AF): its name and bytes (malloc'd). Returns 0 when found, 2 when the PDF has no such
/// file, 1 with `*error` when the PDF cannot be read.
int repsheet_qpdf_source(
    const unsigned char *in, size_t in_size, size_t index, char **name, unsigned char **out, size_t *out_size,
    char **error);

/// Tells Cairo to leave page content uncompressed (the finishing pass compresses it); call before
/// the first PDF surface is made. Idempotent.
void repsheet_cairo_content_uncompressed(void);

#ifdef __cplusplus
}
#endif

#endif
