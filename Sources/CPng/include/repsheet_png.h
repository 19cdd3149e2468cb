#ifndef REPSHEET_PNG_H
#define REPSHEET_PNG_H

#include <stddef.h>

/// Receives the PNG bytes as libpng writes them.
typedef void (*repsheet_png_write_fn)(void *context, const unsigned char *bytes, size_t length);

/// Encodes a Cairo RGB24 image (native-endian 0xXXRRGGBB words, `stride` bytes a row) as an
/// 8-bit RGB PNG with fastest deflate and no row filters, its resolution in the pHYs chunk.
///
/// libpng reports errors by `longjmp`, which Swift cannot catch: this function sets the jump
/// buffer and an error handler, so a libpng error returns -1 with libpng's message in `message`
/// (NUL-terminated, cut to `message_size`) instead of aborting the process. Returns 0 on success.
int repsheet_png_write_rgb24(
    const unsigned char *pixels, int width, int height, int stride, unsigned int pixels_per_metre,
    repsheet_png_write_fn write, void *context, char *message, size_t message_size);

#endif
