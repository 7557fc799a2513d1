#include "TableWriter.h"

#include "CellGuard.h"
#include "XlsxWriter.h"
#include "storage/OutputPath.h"
#include "storage/UnfinishedFile.h"

#include <QDir>

namespace redgrid::format {

namespace {

class CsvTableWriter : public TableWriter
{
public:
    explicit CsvTableWriter(const QString& path)
        : m_path(path)
    {
    }
    Status open()
    {
        auto unfinished = storage::UnfinishedFile::create(m_path);
        if (!unfinished)
            return unfinished.error();
        m_file = std::move(*unfinished);
        if (!m_file->device().isOpen())
            return failed(m_file->device().errorString());
        m_buffer.append("\xEF\xBB\xBF");
        return Status::success();
    }
    Status writeRow(const QStringList& cells) override
    {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                m_buffer.append(',');
            const QString cell = neutraliseFormula(cells.at(i));
            if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"'))
                || cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'))) {
                QString quoted = cell;
                quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
                m_buffer.append('"').append(quoted.toUtf8()).append('"');
            } else {
                m_buffer.append(cell.toUtf8());
            }
        }
        m_buffer.append("\r\n");
        return m_buffer.size() > (1 << 20) ? flush() : Status::success();
    }
    Status finish() override
    {
        if (Status flushed = flush(); !flushed)
            return flushed;
        Status committed = m_file->commit();
        if (!committed)
            m_file->discard();
        return committed;
    }
    void discard() override { m_file->discard(); }

private:
    Status flush()
    {
        if (m_file->device().write(m_buffer) != m_buffer.size()) {
            const QString reason = m_file->device().errorString();
            m_file->discard();  // nothing half-written stays, even before the writer goes
            return failed(reason);
        }
        m_buffer.clear();
        return Status::success();
    }
    Status failed(const QString& reason) const
    {
        return Error::inFile(QDir::toNativeSeparators(m_path), tr("cannot write the file: %1").arg(reason));
    }

    QString m_path;
    std::unique_ptr<storage::UnfinishedFile> m_file;  // complete or absent
    QByteArray m_buffer;
};

class XlsxTableWriter : public TableWriter
{
public:
    XlsxTableWriter(std::unique_ptr<XlsxWriter> writer, QString sheetName)
        : m_writer(std::move(writer))
        , m_sheetName(std::move(sheetName))
    {
    }
    Status writeRow(const QStringList& cells) override
    {
        QStringList guarded;
        guarded.reserve(cells.size());
        for (const QString& cell : cells)
            guarded.append(neutraliseFormula(cell));
        if (!m_started) {
            m_started = true;
            QList<double> widths;
            for (const QString& header : guarded)
                widths.append(qBound(8.0, header.size() * 2.2 + 2, 24.0));
            return m_writer->addSheet(m_sheetName, guarded, widths);
        }
        return m_writer->addRow(guarded);
    }
    Status finish() override { return m_writer->finish(); }
    void discard() override { m_writer.reset(); }

private:
    std::unique_ptr<XlsxWriter> m_writer;
    QString m_sheetName;
    bool m_started = false;
};

}  // namespace

Result<std::unique_ptr<TableWriter>> TableWriter::create(
    const QString& path, const QString& sheetName, const QStringList& inputs)
{
    if (Status allowed = storage::OutputPath::check(path, inputs); !allowed)
        return allowed.error();
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) {
        auto writer = XlsxWriter::create(path);
        if (!writer)
            return writer.error();
        return std::unique_ptr<TableWriter>(std::make_unique<XlsxTableWriter>(
            std::move(*writer), sheetName.isEmpty() ? QStringLiteral("Sheet1") : sheetName));
    }
    auto csv = std::make_unique<CsvTableWriter>(path);
    if (Status opened = csv->open(); !opened)
        return opened.error();
    return std::unique_ptr<TableWriter>(std::move(csv));
}

}  // namespace redgrid::format
