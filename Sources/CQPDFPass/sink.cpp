// The byte buffer Cairo's stream surfaces write into; see repsheet_sink.h.
#include "repsheet_sink.h"

#include <cstdlib>
#include <cstring>

struct repsheet_sink {
    unsigned char *bytes;
    size_t count;
    size_t capacity;
    int failed;
};

extern "C" repsheet_sink *repsheet_sink_create(size_t capacity) {
    auto *sink = static_cast<repsheet_sink *>(std::calloc(1, sizeof(repsheet_sink)));
    if (!sink) return nullptr;
    if (capacity > 0) {
        sink->bytes = static_cast<unsigned char *>(std::malloc(capacity));
        if (sink->bytes) sink->capacity = capacity;
    }
    return sink;
}

static int grow(repsheet_sink *sink, size_t needed) {
    size_t capacity = sink->capacity ? sink->capacity : 4096;
    while (capacity < needed) {
        if (capacity > (static_cast<size_t>(-1) >> 2)) return 1;
        capacity *= 2;
    }
    auto *bytes = static_cast<unsigned char *>(std::realloc(sink->bytes, capacity));
    if (!bytes) return 1;
    sink->bytes = bytes;
    sink->capacity = capacity;
    return 0;
}

extern "C" int repsheet_sink_append(void *closure, const unsigned char *data, unsigned int length) {
    auto *sink = static_cast<repsheet_sink *>(closure);
    if (!sink || sink->failed) return 1;
    if (length == 0) return 0;
    if (!data) return sink->failed = 1;
    size_t needed = sink->count + length;
    if (needed < sink->count || (needed > sink->capacity && grow(sink, needed))) return sink->failed = 1;
    std::memcpy(sink->bytes + sink->count, data, length);
    sink->count = needed;
    return 0;
}

extern "C" unsigned char *repsheet_sink_take(repsheet_sink *sink, size_t *count) {
    unsigned char *bytes = sink->bytes;
    *count = sink->count;
    if (sink->count == 0) {
        std::free(bytes);
        bytes = nullptr;
    }
    sink->bytes = nullptr;
    sink->count = 0;
    sink->capacity = 0;
    return bytes;
}

extern "C" void repsheet_sink_destroy(repsheet_sink *sink) {
    if (!sink) return;
    std::free(sink->bytes);
    std::free(sink);
}

#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include "repsheet_memory.h"

extern "C" void repsheet_keep_freed_memory(void) {
#if defined(__GLIBC__)
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
#endif
}
