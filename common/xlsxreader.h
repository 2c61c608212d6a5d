#pragma once

#include "common/filereader.h"

namespace Erp {

/// The first sheet of an .xlsx file (a zip of XML parts, read with libzip and streamed through
/// QXmlStreamReader: shared strings, inline strings, numbers, dates by their cell style).
std::unique_ptr<FileReader> openXlsx(const QString& path, FileReader::Problem* problem);

/// An Excel serial day number (1900 date system) as an ISO date, or date and time.
QString xlsxSerialToText(double serial);

} // namespace Erp
