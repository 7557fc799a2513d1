#include "PdfDocument.h"

#include "ToUnicodeRepair.h"
#include "storage/OutputPath.h"
#include "storage/UnfinishedFile.h"

#include <QDir>
#include <QFileInfo>
#include <QPdfWriter>

namespace redgrid::document {

namespace {
// Device units per inch. 1200 keeps hairlines and small type exact; the PDF is vector.
constexpr int resolution = 1200;
}  // namespace

PdfDocument::PdfDocument(const QString& path)
    : m_path(path)
{
}

PdfDocument::~PdfDocument()
{
    endPainting();
    // m_scratch removes its file when destroyed (after m_writer); the target was never touched.
}

Status PdfDocument::begin(QPageLayout::Orientation orientation, const QString& title)
{
    if (Status allowed = storage::OutputPath::check(m_path); !allowed)
        return allowed;
    // The scratch file lives beside the target: a missing or read-only folder fails here,
    // before any page is drawn.
    auto scratch = storage::UnfinishedFile::create(m_path);
    if (!scratch)
        return scratch.error();
    m_scratch = std::move(*scratch);
    if (!m_scratch->device().isOpen())
        return Error::inFile(
            m_path, tr("the PDF file cannot be written: %1").arg(m_scratch->device().errorString()));
    m_writer = std::make_unique<QPdfWriter>(&m_scratch->device());
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
    QFile& scratch = m_scratch->device();
    if (scratch.error() != QFileDevice::NoError || !scratch.flush())
        return Error::inFile(m_path, tr("the PDF file could not be written: %1").arg(scratch.errorString()));
    ToUnicodeRepair(font(12)).repair(scratch);
    if (scratch.error() != QFileDevice::NoError || !scratch.flush())
        return Error::inFile(m_path, tr("the PDF file could not be written: %1").arg(scratch.errorString()));
    return m_scratch->commit();
}

}  // namespace redgrid::document
