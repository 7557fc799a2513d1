#include "PdfDocument.h"

#include "ToUnicodeRepair.h"
#include "storage/OutputPath.h"

#include <QDir>
#include <QFileInfo>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTemporaryFile>

namespace redgrid::document {

namespace {
// Device units per inch. 1200 keeps hairlines and small type exact; the PDF is vector.
constexpr int resolution = 1200;
constexpr qint64 copyChunk = 1024 * 1024;
}  // namespace

PdfDocument::PdfDocument(const QString& path)
    : m_path(path)
{
}

PdfDocument::~PdfDocument()
{
    endPainting();
    // m_scratch removes its file when destroyed; the target was never touched.
}

Status PdfDocument::begin(QPageLayout::Orientation orientation, const QString& title)
{
    if (Status allowed = storage::OutputPath::check(m_path); !allowed)
        return allowed;
    // The scratch file lives beside the target: a missing or read-only folder fails here,
    // before any page is drawn.
    const QFileInfo target(m_path);
    m_scratch = std::make_unique<QTemporaryFile>(
        target.absoluteDir().filePath(QStringLiteral(".redgrid-print-XXXXXX")));
    if (!m_scratch->open())
        return Error::inFile(m_path, tr("the PDF file cannot be written: %1").arg(m_scratch->errorString()));
    m_writer = std::make_unique<QPdfWriter>(m_scratch.get());
    m_writer->setResolution(resolution);
    m_writer->setTitle(title);
    m_writer->setCreator(QStringLiteral("RedGrid"));
    if (!startPainting(*m_writer, orientation))
        return Error::inFile(m_path, tr("the PDF could not be started"));
    return Status::success();
}

Status PdfDocument::finish()
{
    if (!m_writer)
        return Error::inFile(m_path, tr("the PDF was not started"));
    endPainting();  // writes the fonts, their ToUnicode maps and the cross-reference table
    m_writer.reset();
    if (m_scratch->error() != QFileDevice::NoError || !m_scratch->flush())
        return Error::inFile(
            m_path, tr("the PDF file could not be written: %1").arg(m_scratch->errorString()));
    ToUnicodeRepair(font(12)).repair(*m_scratch);
    return save();
}

Status PdfDocument::save()
{
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::inFile(m_path, tr("the PDF file cannot be written: %1").arg(file.errorString()));
    m_scratch->seek(0);
    while (!m_scratch->atEnd()) {
        const QByteArray chunk = m_scratch->read(copyChunk);
        if (chunk.isEmpty() || file.write(chunk) != chunk.size())
            return Error::inFile(m_path, tr("the PDF file could not be written: %1").arg(file.errorString()));
    }
    if (!file.commit())
        return Error::inFile(m_path, tr("the PDF file could not be saved: %1").arg(file.errorString()));
    m_scratch.reset();
    return Status::success();
}

}  // namespace redgrid::document
