#ifndef REPSHEET_SINK_H
#define REPSHEET_SINK_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// A growing byte buffer that a Cairo stream surface writes into (issue 15).
///
/// Cairo calls its write function for every few bytes it formats, some fifteen thousand times a
/// sheet once page content is left uncompressed: appending here costs a few dozen instructions a
/// call, against a few hundred for a Swift array behind a class.
typedef struct repsheet_sink repsheet_sink;

/// An empty sink with room for `capacity` bytes, or NULL without memory.
repsheet_sink *repsheet_sink_create(size_t capacity);

/// Appends `length` bytes; returns 0, or 1 when memory ran out (the sink then keeps failing).
int repsheet_sink_append(void *sink, const unsigned char *data, unsigned int length);

/// Hands over the bytes as a malloc'd buffer (the caller frees it; NULL when empty) and empties
/// the sink.
unsigned char *repsheet_sink_take(repsheet_sink *sink, size_t *count);

/// Frees the sink and any bytes it still holds.
void repsheet_sink_destroy(repsheet_sink *sink);

#ifdef __cplusplus
}
#endif

#endif
