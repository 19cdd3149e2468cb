// Handing a libqpdf result to the C caller: the written PDF and error texts, malloc'd.
#ifndef REPSHEET_QPDF_OUT_HPP
#define REPSHEET_QPDF_OUT_HPP

#include <qpdf/Buffer.hh>
#include <qpdf/QPDFWriter.hh>

#include <cstdlib>
#include <cstring>
#include <new>
#include <string>

namespace repsheet {

/// `text` as a C string the caller frees; nullptr when memory runs out.
inline char *copy_string(std::string const &text) {
    char *result = static_cast<char *>(std::malloc(text.size() + 1));
    if (result) std::memcpy(result, text.c_str(), text.size() + 1);
    return result;
}

/// Writes `writer`'s PDF (set to write to memory) into a buffer the C caller frees.
inline void write_out(QPDFWriter &writer, unsigned char **out, size_t *out_size) {
    writer.write();
    auto buffer = writer.getBufferSharedPointer();
    *out_size = buffer->getSize();
    *out = static_cast<unsigned char *>(std::malloc(*out_size ? *out_size : 1));
    if (!*out) throw std::bad_alloc();
    std::memcpy(*out, buffer->getBuffer(), *out_size);
}

}  // namespace repsheet

#endif
