// The finishing pass over Cairo's own output, without libqpdf (see fast_finish.cpp).
#ifndef REPSHEET_FAST_FINISH_HPP
#define REPSHEET_FAST_FINISH_HPP

#include "repsheet_qpdf.h"

#include <string>

namespace repsheet {

/// The finished PDF; throws std::exception when `in` is not laid out as Cairo writes PDFs (the
/// caller then finishes it with libqpdf).
std::string fast_finish(unsigned char const *in, size_t in_size, repsheet_finish_options const &options);

}  // namespace repsheet

#endif
