// Cairo 1.16 opens every compressed PDF stream (font subsets, and anything it compresses itself)
// with `deflateInit(stream, Z_DEFAULT_COMPRESSION)`, a macro for `deflateInit_`. Defined here, in
// the executable, this `deflateInit_` is the one the dynamic linker binds Cairo's calls to (as
// `__snprintf_chk` in fast_format.cpp): while a thread has set a level, a stream opened there at
// the default level is opened at that level instead; every other call is zlib's own.
#include "repsheet_deflate.h"

#include <zlib.h>

namespace {
thread_local int cairoLevel = Z_DEFAULT_COMPRESSION;
}

extern "C" int repsheet_set_cairo_deflate_level(int level) {
    int before = cairoLevel;
    cairoLevel = level >= 0 && level <= 9 ? level : Z_DEFAULT_COMPRESSION;
    return before;
}

extern "C" int deflateInit_(z_streamp stream, int level, const char *version, int streamSize) {
    if (level == Z_DEFAULT_COMPRESSION) level = cairoLevel;
    return deflateInit2_(stream, level, Z_DEFLATED, MAX_WBITS, 8, Z_DEFAULT_STRATEGY, version, streamSize);
}
