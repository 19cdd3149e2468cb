#include "repsheet_png.h"

#include <png.h>
#include <setjmp.h>
#include <string.h>

/// Where an encoding keeps its caller's output and the first error message.
struct repsheet_png_state {
    repsheet_png_write_fn write;
    void *context;
    char *message;
    size_t message_size;
};

static void repsheet_png_error(png_structp png, png_const_charp text) {
    struct repsheet_png_state *state = png_get_error_ptr(png);
    if (state != NULL && state->message != NULL && state->message_size > 0) {
        strncpy(state->message, text != NULL ? text : "libpng error", state->message_size - 1);
        state->message[state->message_size - 1] = '\0';
    }
    png_longjmp(png, 1);
}

static void repsheet_png_warning(png_structp png, png_const_charp text) {
    (void)png;
    (void)text;
}

static void repsheet_png_sink(png_structp png, png_bytep bytes, png_size_t length) {
    struct repsheet_png_state *state = png_get_io_ptr(png);
    state->write(state->context, bytes, length);
}

static void repsheet_png_flush(png_structp png) { (void)png; }

int repsheet_png_write_rgb24(
    const unsigned char *pixels, int width, int height, int stride, unsigned int pixels_per_metre,
    repsheet_png_write_fn write, void *context, char *message, size_t message_size) {
    struct repsheet_png_state state = {write, context, message, message_size};
    if (message != NULL && message_size > 0) message[0] = '\0';
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, &state, repsheet_png_error, repsheet_png_warning);
    if (png == NULL) {
        if (message != NULL && message_size > 0) strncpy(message, "cannot create a PNG writer", message_size - 1);
        return -1;
    }
    png_infop info = png_create_info_struct(png);
    if (info == NULL) {
        png_destroy_write_struct(&png, NULL);
        if (message != NULL && message_size > 0) strncpy(message, "cannot create PNG info", message_size - 1);
        return -1;
    }
    if (setjmp(png_jmpbuf(png))) {
        // Nothing below changes a local variable that is read here.
        png_destroy_write_struct(&png, &info);
        return -1;
    }
    png_set_write_fn(png, &state, repsheet_png_sink, repsheet_png_flush);
    png_set_IHDR(
        png, info, (png_uint_32)width, (png_uint_32)height, 8, PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
        PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_set_pHYs(png, info, pixels_per_metre, pixels_per_metre, PNG_RESOLUTION_METER);
    png_set_compression_level(png, 1);
    png_set_filter(png, 0, PNG_FILTER_NONE);
    png_write_info(png, info);
    // Cairo stores RGB24 as native-endian 0xXXRRGGBB words: B, G, R, X in memory on little-endian.
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    png_set_bgr(png);
    png_set_filler(png, 0, PNG_FILLER_AFTER);
#else
    png_set_filler(png, 0, PNG_FILLER_BEFORE);
#endif
    for (int row = 0; row < height; row++) {
        png_write_row(png, (png_const_bytep)(pixels + (size_t)row * (size_t)stride));
    }
    png_write_end(png, info);
    png_destroy_write_struct(&png, &info);
    return 0;
}
