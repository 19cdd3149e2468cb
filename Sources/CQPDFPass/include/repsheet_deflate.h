#ifndef REPSHEET_DEFLATE_H
#define REPSHEET_DEFLATE_H

#ifdef __cplusplus
extern "C" {
#endif

/// Sets the zlib level the streams Cairo opens on this thread are compressed at (issue 19): -1
/// keeps zlib's default (level 6), the default; 0 to 9 replace it. Cairo compresses a PDF's font
/// subsets and images at the default level, a good part of a sheet's work in a batch. At level 0
/// they are stored as they are, for the finishing pass to compress once with libdeflate (see
/// fast_finish.cpp). Only streams opened with `deflateInit` at the default level change, and only
/// on the thread that set a level: anything else in the process (libpng, the host application)
/// keeps its own choice. Returns the level set before.
int repsheet_set_cairo_deflate_level(int level);

#ifdef __cplusplus
}
#endif

#endif
