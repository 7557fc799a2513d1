#include "PrintTestPageCommand.h"

#include "document/engine/TestPageDocument.h"
#include "storage/Connection.h"

#include <QFileInfo>

namespace redgrid::cli {

QString PrintTestPageCommand::summary() const
{
    return tr("Print the document engine's test page (text, a table across pages, a chart) to a PDF file.");
}

void PrintTestPageCommand::describe(QCommandLineParser& parser)
{
    parser.addOptions({ m_out });
}

int PrintTestPageCommand::run(const QCommandLineParser& parser)
{
    if (!parser.isSet(m_out)) {
        printUsageError(tr("--out FILE.pdf is required"));
        return UsageError;
    }
    QString out = parser.value(m_out);
    if (QFileInfo(out).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0)
        out += QStringLiteral(".pdf");
    // PdfDocument checks the path (storage::OutputPath) and writes the file whole or not at all.
    if (Status written = document::TestPageDocument().printToPdf(out); !written) {
        printError(written.error());
        return DataError;
    }
    printLine(tr("%1: the test page printed").arg(out));
    return Success;
}

}  // namespace redgrid::cli
