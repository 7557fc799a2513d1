// The XLSX reader on any bytes as the file: the zip container first (central directory,
// local headers, compressed data), then whatever XML parts survive.
#include "SheetReading.h"
#include "format/XlsxReader.h"

using namespace redgrid;
using namespace redgrid::format;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const fuzz::InputFile input(".xlsx");
    auto reader = XlsxReader::open(input.write(fuzz::bytesOf(data, size)));
    if (reader)
        fuzz::readEverySheet(**reader);
    return 0;
}
