// The assessment template file reader (JSON), on any bytes: a template it accepts is usable,
// and written out again it reads back as the same template.
#include "FuzzSupport.h"
#include "assessment/TemplateFile.h"

using namespace redgrid;
using namespace redgrid::assessment;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString file = QStringLiteral("考核模板.json");
    const auto table = TemplateFile::fromJson(fuzz::bytesOf(data, size), file);
    if (!table)
        return 0;
    const QByteArray written = TemplateFile::toJson(*table);
    const auto again = TemplateFile::fromJson(written, file);
    fuzz::require(bool(again), "an accepted template, written out, is accepted again");
    fuzz::require(TemplateFile::toJson(*again) == written, "an accepted template reads back as itself");
    return 0;
}
