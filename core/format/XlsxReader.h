#pragma once

#include "SpreadsheetSource.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

namespace redgrid::format {

// Limits that keep a hostile or broken workbook (a "zip bomb") from exhausting memory,
// disk or time. A real roster of a million rows stays well inside them.
struct XlsxLimits
{
    // A sheet is streamed, so this bounds time, not memory: 4 GiB, the most a zip entry
    // holds without ZIP64. A million rows of 21 inline strings (libxlsxwriter's
    // constant-memory mode, XlsxWriter's output) already take 1.2 GiB.
    static constexpr qint64 MaxSheetBytes = qint64(4) << 30;
    // Shared strings are held in memory (as UTF-8) while a sheet is read.
    static constexpr qint64 MaxSharedStringsBytes = qint64(256) << 20;
    // workbook.xml, styles.xml, the relationship parts.
    static constexpr qint64 MaxPartBytes = qint64(32) << 20;
    // A big part that compresses better than this is refused: XML written by Excel,
    // WPS or libxlsxwriter compresses about 5:1 to 30:1, a bomb about 1000:1.
    static constexpr qint64 MaxRatio = 200;
    static constexpr qint64 RatioCheckedAbove = qint64(16) << 20;
    // No XML element or text needs more; it bounds what the XML parser holds at once.
    static constexpr qint64 MaxTokenBytes = qint64(16) << 20;
};

// Reads .xlsx and .xlsm workbooks (Office Open XML, ECMA-376 / ISO 29500; macros are
// ignored): the sheet names and order from xl/workbook.xml and its relationships, and a
// sheet's rows streamed from the zip with QXmlStreamReader.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    // Reads the workbook's structure and styles; errors name the file.
    static Result<std::unique_ptr<XlsxReader>> open(const QString& path);
    ~XlsxReader();

    QStringList sheets() const;  // worksheets in workbook order (chart sheets left out)
    bool uses1904DateSystem() const;

    // `sheet` empty: the first sheet. Reads the shared strings the first time.
    Result<std::unique_ptr<RowSource>> openSheet(const QString& sheet = {});

    struct Workbook;

private:
    explicit XlsxReader(std::shared_ptr<Workbook> workbook);

    std::shared_ptr<Workbook> m_workbook;
};

}  // namespace redgrid::format
