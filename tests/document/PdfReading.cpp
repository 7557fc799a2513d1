#include "PdfReading.h"

#include "support/TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

#include <catch2/catch.hpp>

namespace redgrid::test {

QString runTool(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString flat(const QString& text)
{
    return QString(text).remove(QRegularExpression(QStringLiteral("\\s")));
}

QString pdfPageText(const QString& pdf, int page)
{
    const QString n = QString::number(page);
    return runTool(QStringLiteral("pdftotext"),
        { QStringLiteral("-layout"), QStringLiteral("-f"), n, QStringLiteral("-l"), n, pdf,
            QStringLiteral("-") });
}

QString pdfText(const QString& pdf)
{
    keep(pdf);
    return runTool(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
}

void keep(const QString& pdf)
{
    const QString folder = qEnvironmentVariable("REDGRID_REPORT_KEEP");
    if (folder.isEmpty())
        return;
    const QString copy = folder + QLatin1Char('/') + QFileInfo(pdf).fileName();
    QFile::remove(copy);
    QFile::copy(pdf, copy);
}

int pdfPageCount(const QString& pdf)
{
    keep(pdf);
    const QString info = runTool(QStringLiteral("pdfinfo"), { pdf });
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    REQUIRE(match.hasMatch());
    return match.captured(1).toInt();
}

QImage pdfPageImage(const QString& pdf, int page, int dpi)
{
    TempDir dir;
    const QString n = QString::number(page);
    const QString prefix = dir.path(QStringLiteral("page"));
    runTool(QStringLiteral("pdftoppm"),
        { QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-f"), n,
            QStringLiteral("-l"), n, QStringLiteral("-singlefile"), pdf, prefix });
    QImage image(prefix + QStringLiteral(".png"));
    REQUIRE_FALSE(image.isNull());
    return image;
}

}  // namespace redgrid::test
