#ifndef REPSHEET_FORMAT_H
#define REPSHEET_FORMAT_H

#include <stdarg.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// `value` as printf's "%.*f" prints it in the C locale (rounded half to even on its exact binary
/// value), into `out` (at least 48 bytes) with a terminating NUL; returns the length, or -1 for a
/// precision outside 0...18, infinity, NaN or a magnitude of 2^63 or more.
int repsheet_format_fixed(char *out, double value, int precision);

/// `vsnprintf(s, maxlen, format, ap)` for a format that is exactly one of the conversions Cairo
/// prints PDF numbers with (%[0][width][l]d, u, x, o and %[.precision|.*]f), with glibc's bytes;
/// -1 when `format` is anything else or the value is outside the fast path (the caller then
/// formats with glibc, from its own copy of `ap`).
int repsheet_vsnprintf_fast(char *s, size_t maxlen, const char *format, va_list ap);

#ifdef __cplusplus
}
#endif

#endif
