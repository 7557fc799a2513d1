// The XLSX reader's XML: the input holds the parts of a workbook, separated by form feeds
// (a byte XML never holds), in the order of how much they are worth fuzzing; they are put
// into a well-formed zip, so that every input reaches the XML parsers. A part the input
// does not give is a small valid one.
#include "SheetReading.h"
#include "format/XlsxReader.h"

#include <minizip/zip.h>

#include <array>

using namespace redgrid;
using namespace redgrid::format;

namespace {

struct Part
{
    const char* name;
    QByteArray fallback;
};

const QByteArray Main = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
const QByteArray Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
const QByteArray RelationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

const std::array<Part, 5> FuzzedParts = { {
    { "xl/worksheets/sheet1.xml",
        "<worksheet " + Main
            + "><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData></worksheet>" },
    { "xl/sharedStrings.xml", "<sst " + Main + "><si><t>姓名</t></si></sst>" },
    { "xl/workbook.xml",
        "<workbook " + Main
            + "><sheets><sheet name=\"党员名册\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>" },
    { "xl/styles.xml", "<styleSheet " + Main + "/>" },
    { "xl/_rels/workbook.xml.rels",
        "<Relationships xmlns=\"" + Relationships + "\"><Relationship Id=\"rId1\" Type=\"" + RelationshipType
            + "worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\""
            + RelationshipType
            + "sharedStrings\" Target=\"sharedStrings.xml\"/><Relationship Id=\"rId3\" Type=\""
            + RelationshipType + "styles\" Target=\"styles.xml\"/></Relationships>" },
} };

const Part PackageRelationships = { "_rels/.rels",
    "<Relationships xmlns=\"" + Relationships + "\"><Relationship Id=\"rId1\" Type=\"" + RelationshipType
        + "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>" };

void add(zipFile zip, const char* name, const QByteArray& bytes)
{
    zip_fileinfo info {};
    // Stored, not deflated: the zip is not what this target fuzzes.
    fuzz::require(zipOpenNewFileInZip(zip, name, &info, nullptr, 0, nullptr, 0, nullptr, 0, 0) == ZIP_OK,
        "a part can be added");
    fuzz::require(zipWriteInFileInZip(zip, bytes.constData(), unsigned(bytes.size())) == ZIP_OK,
        "a part can be written");
    fuzz::require(zipCloseFileInZip(zip) == ZIP_OK, "a part can be closed");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const fuzz::InputFile input(".xlsx");
    const QList<QByteArray> given = fuzz::bytesOf(data, size).split('\f');
    const QString& path = input.write({});
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    fuzz::require(zip != nullptr, "the zip can be made");
    add(zip, PackageRelationships.name, PackageRelationships.fallback);
    for (std::size_t i = 0; i < FuzzedParts.size(); ++i)
        add(zip, FuzzedParts[i].name,
            qsizetype(i) < given.size() ? given.at(qsizetype(i)) : FuzzedParts[i].fallback);
    fuzz::require(zipClose(zip, nullptr) == ZIP_OK, "the zip can be closed");

    auto reader = XlsxReader::open(path);
    if (reader)
        fuzz::readEverySheet(**reader);
    return 0;
}
