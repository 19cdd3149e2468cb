// A fast path for the few snprintf formats Cairo prints PDF numbers with (issue 15).
//
// Cairo 1.16 formats every number of a PDF through snprintf: "%f" and "%.*f" for coordinates
// and positions, "%d", "%ld", "%04x" and "%010ld" for integers, glyph codes and offsets — some
// four thousand calls a sheet, which with glibc's general-purpose printf cost about 7 million
// instructions, a sixth of a sheet in a batch. Debian builds Cairo with _FORTIFY_SOURCE, so those
// calls go to `__snprintf_chk`; defined here, in the executable, it is the one the dynamic linker
// binds them to. A format that is exactly one of those conversions is formatted here, with the
// same bytes as glibc (fixed-point decimals rounded exactly, half to even, as glibc does in the
// default rounding mode); anything else, or any case outside the fast path (a locale whose
// decimal point is not ".", another rounding mode, a number too large, infinity or NaN), goes to
// glibc's own `__vsnprintf_chk`, which also keeps its buffer-size check.
#include "repsheet_format.h"

#include <cfenv>
#include <cstdarg>
#include <cstdint>
#include <cstring>
#include <langinfo.h>

// glibc's, declared here: <stdio.h> declares them only when fortifying.
extern "C" int __vsnprintf_chk(char *s, size_t maxlen, int flag, size_t slen, const char *format, va_list ap);
extern "C" int __snprintf_chk(char *s, size_t maxlen, int flag, size_t slen, const char *format, ...);

namespace {

/// One conversion: %[0][width][.precision|.*][l]conversion, nothing before or after it.
typedef struct {
    int zero;
    int width;
    /// -1 when none, -2 for "*".
    int precision;
    int is_long;
    char conversion;
} conversion_spec;

int parse_spec(const char *f, conversion_spec *spec) {
    if (f[0] != '%') return 0;
    int i = 1;
    spec->zero = 0;
    spec->width = 0;
    spec->precision = -1;
    spec->is_long = 0;
    if (f[i] == '0') {
        spec->zero = 1;
        i++;
    }
    for (int digits = 0; f[i] >= '0' && f[i] <= '9'; i++, digits++) {
        if (digits == 2) return 0;
        spec->width = spec->width * 10 + (f[i] - '0');
    }
    if (f[i] == '.') {
        i++;
        if (f[i] == '*') {
            spec->precision = -2;
            i++;
        } else {
            if (f[i] < '0' || f[i] > '9') return 0;
            spec->precision = 0;
            for (int digits = 0; f[i] >= '0' && f[i] <= '9'; i++, digits++) {
                if (digits == 2) return 0;
                spec->precision = spec->precision * 10 + (f[i] - '0');
            }
        }
    }
    if (f[i] == 'l') {
        spec->is_long = 1;
        i++;
    }
    spec->conversion = f[i];
    if (f[i] == '\0' || f[i + 1] != '\0') return 0;
    // The formatted text must fit format_fast's buffer: 20 digits and a sign, padded to at most 40.
    if (spec->width > 40) return 0;
    switch (spec->conversion) {
    case 'd':
    case 'u':
    case 'x':
    case 'o': return spec->precision == -1;
    case 'f': return !spec->zero && spec->width == 0 && !spec->is_long;
    default: return 0;
    }
}

/// Writes `value`'s digits in `base` backwards from `end`; returns where they start.
char *digits_backwards(char *end, uint64_t value, unsigned base) {
    static const char hex[] = "0123456789abcdef";
    do {
        *--end = hex[value % base];
        value /= base;
    } while (value != 0);
    return end;
}

const uint64_t powers_of_ten[19] = {
    1ULL,
    10ULL,
    100ULL,
    1000ULL,
    10000ULL,
    100000ULL,
    1000000ULL,
    10000000ULL,
    100000000ULL,
    1000000000ULL,
    10000000000ULL,
    100000000000ULL,
    1000000000000ULL,
    10000000000000ULL,
    100000000000000ULL,
    1000000000000000ULL,
    10000000000000000ULL,
    100000000000000000ULL,
    1000000000000000000ULL,
};

}  // namespace

extern "C" int repsheet_format_fixed(char *out, double value, int precision) {
    if (precision < 0 || precision > 18) return -1;
    uint64_t bits;
    memcpy(&bits, &value, sizeof bits);
    int negative = (int)(bits >> 63);
    int exponent = (int)((bits >> 52) & 0x7FF);
    uint64_t mantissa = bits & ((1ULL << 52) - 1);
    if (exponent == 0x7FF) return -1;  // infinity or NaN
    int shift;                         // value = mantissa × 2^-shift
    if (exponent == 0) {
        shift = 1074;
    } else {
        mantissa |= 1ULL << 52;
        shift = 1075 - exponent;
    }
    // The value times 10^precision, rounded to an integer, half to even.
    uint64_t scaled;
    if (mantissa == 0) {
        scaled = 0;
    } else if (shift <= 0) {
        if (shift < -10) return -1;  // 2^63 or more
        unsigned __int128 whole = (unsigned __int128)(mantissa << -shift) * powers_of_ten[precision];
        if (whole >> 64) return -1;
        scaled = (uint64_t)whole;
    } else {
        // mantissa < 2^53 and 10^18 < 2^60: the product is below 2^113.
        unsigned __int128 product = (unsigned __int128)mantissa * powers_of_ten[precision];
        if (shift > 120) {
            scaled = 0;  // below half of one unit: rounds to zero
        } else {
            unsigned __int128 quotient = product >> shift;
            unsigned __int128 rest = product - (quotient << shift);
            unsigned __int128 half = (unsigned __int128)1 << (shift - 1);
            if (rest > half || (rest == half && (quotient & 1))) quotient++;
            if (quotient >> 64) return -1;
            scaled = (uint64_t)quotient;
        }
    }
    uint64_t unit = powers_of_ten[precision];
    uint64_t whole = scaled / unit, fraction = scaled % unit;
    char buffer[48];
    char *end = buffer + sizeof buffer;
    char *start = end;
    if (precision > 0) {
        for (int i = 0; i < precision; i++) {
            *--start = (char)('0' + fraction % 10);
            fraction /= 10;
        }
        *--start = '.';
    }
    start = digits_backwards(start, whole, 10);
    if (negative) *--start = '-';
    int length = (int)(end - start);
    memcpy(out, start, (size_t)length);
    out[length] = '\0';
    return length;
}

namespace {

/// Formats one argument per `spec` into `out` (at least 64 bytes); returns its length, or -1
/// when glibc must format it.
int format_fast(char *out, const conversion_spec *spec, va_list ap) {
    if (spec->conversion == 'f') {
        int precision = spec->precision;
        if (precision == -2) precision = va_arg(ap, int);
        else if (precision == -1) precision = 6;
        double value = va_arg(ap, double);
        const char *point = nl_langinfo(RADIXCHAR);
        if (!point || point[0] != '.' || point[1] != '\0' || fegetround() != FE_TONEAREST) return -1;
        return repsheet_format_fixed(out, value, precision);
    }
    uint64_t magnitude;
    int negative = 0;
    if (spec->conversion == 'd') {
        int64_t value = spec->is_long ? (int64_t)va_arg(ap, long) : (int64_t)va_arg(ap, int);
        negative = value < 0;
        magnitude = negative ? (uint64_t)0 - (uint64_t)value : (uint64_t)value;
    } else {
        magnitude = spec->is_long ? (uint64_t)va_arg(ap, unsigned long) : (uint64_t)va_arg(ap, unsigned int);
    }
    unsigned base = spec->conversion == 'x' ? 16 : spec->conversion == 'o' ? 8 : 10;
    char buffer[32];
    char *end = buffer + sizeof buffer;
    char *start = digits_backwards(end, magnitude, base);
    int digits = (int)(end - start);
    int length = digits + negative;
    int pad = spec->width > length ? spec->width - length : 0;
    char *o = out;
    if (!spec->zero)
        for (int i = 0; i < pad; i++) *o++ = ' ';
    if (negative) *o++ = '-';
    if (spec->zero)
        for (int i = 0; i < pad; i++) *o++ = '0';
    memcpy(o, start, (size_t)digits);
    o += digits;
    *o = '\0';
    return (int)(o - out);
}

}  // namespace

extern "C" int repsheet_vsnprintf_fast(char *s, size_t maxlen, const char *format, va_list ap) {
    conversion_spec spec;
    if (!format || !parse_spec(format, &spec)) return -1;
    char text[64];
    int length = format_fast(text, &spec, ap);
    if (length >= 0 && maxlen > 0) {
        size_t copied = (size_t)length < maxlen ? (size_t)length : maxlen - 1;
        memcpy(s, text, copied);
        s[copied] = '\0';
    }
    return length;
}

extern "C" int __snprintf_chk(char *s, size_t maxlen, int flag, size_t slen, const char *format, ...) {
    va_list ap;
    va_start(ap, format);
    if (slen >= maxlen) {
        va_list fast;
        va_copy(fast, ap);
        int length = repsheet_vsnprintf_fast(s, maxlen, format, fast);
        va_end(fast);
        if (length >= 0) {
            va_end(ap);
            return length;
        }
    }
    int result = __vsnprintf_chk(s, maxlen, flag, slen, format, ap);
    va_end(ap);
    return result;
}
