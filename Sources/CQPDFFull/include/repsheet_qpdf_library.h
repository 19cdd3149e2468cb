#ifndef REPSHEET_QPDF_LIBRARY_H
#define REPSHEET_QPDF_LIBRARY_H

// libRepSheetQPDF.so exports the functions of repsheet_qpdf_full.h (CQPDFPass), which opens it.
#include "repsheet_qpdf_full.h"

#endif
