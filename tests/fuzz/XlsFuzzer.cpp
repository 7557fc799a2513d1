// The legacy XLS reader (Excel 97-2003, through libfreexl) on any bytes as the file.
#include "SheetReading.h"
#include "format/XlsReader.h"

using namespace redgrid;
using namespace redgrid::format;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const fuzz::InputFile input(".xls");
    auto reader = XlsReader::open(input.write(fuzz::bytesOf(data, size)));
    if (reader)
        fuzz::readEverySheet(**reader);
    return 0;
}
