#include "MemberRowPipeline.h"

namespace redgrid::importexport {

namespace {

// Enough rows per hand-over that the locking costs nothing beside the checks; few enough
// batches in flight that memory stays small and a cancel stops soon.
constexpr qsizetype RowsPerBatch = 256;
constexpr std::size_t BatchesAhead = 8;
// The reading thread encodes the rows of a batch only while the writer has this many
// batches waiting; otherwise it leaves them to the writer, which encodes what it is handed
// unencoded. So the encoding, a third of the work, goes to whichever thread has time: the
// two stay busy however fast the disk, the checks or the encryption are.
constexpr std::size_t EncodeWhenWaiting = 2;

// The first 17 digits of a valid ID number identify it (the 18th is computed from them).
qint64 idKey(const QString& normalisedId)
{
    return QStringView(normalisedId).left(17).toLongLong();
}

QStringList texts(const format::SheetRow& row)
{
    QStringList cells;
    cells.reserve(row.cells.size());
    for (const format::Cell& cell : row.cells)
        cells.append(cell.text);
    return cells;
}

}  // namespace

MemberRowPipeline::MemberRowPipeline(format::RowSource& source, qint64 headerRow, MemberRowReader& reader,
    ReadAhead readAhead, KeptCells keptCells, roster::MemberEncoder* encoder)
    : m_source(source)
    , m_headerRow(headerRow)
    , m_reader(reader)
    , m_readAhead(readAhead == ReadAhead::OnWorkerThread && !reader.looksUpMembers())
    , m_batchRows(m_readAhead ? RowsPerBatch : 1)  // in step: each row when the caller asks for it
    , m_keptCells(keptCells)
    , m_encoder(encoder)
{
    if (!m_readAhead)
        return;
    m_reader.shareConnection(&m_connectionLock);
    m_worker = std::thread([this] { work(); });
}

MemberRowPipeline::~MemberRowPipeline()
{
    if (!m_readAhead)
        return;
    {
        const std::lock_guard lock(m_queueLock);
        m_stopping = true;
    }
    m_queueChanged.notify_all();
    m_worker.join();
    m_reader.shareConnection(nullptr);
}

Result<bool> MemberRowPipeline::next(CheckedMemberRow& row)
{
    while (m_nextInCurrent >= m_current.rows.size()) {
        if (m_current.exception)
            std::rethrow_exception(std::exchange(m_current.exception, nullptr));
        if (m_current.failure) {
            Error failure = std::move(*m_current.failure);
            m_current.failure.reset();
            return failure;
        }
        if (m_current.last)
            return false;
        m_current = m_readAhead ? takeBatch() : readBatch();
        m_nextInCurrent = 0;
        m_progress = m_current.progress;
    }
    std::swap(row, m_current.rows[m_nextInCurrent++]);
    return true;
}

MemberRowPipeline::Batch MemberRowPipeline::readBatch()
{
    Batch batch;
    if (m_readAhead) {
        std::vector<std::vector<CheckedMemberRow>> spent;
        {
            const std::lock_guard lock(m_queueLock);
            spent.swap(m_spent);
        }
        if (!spent.empty()) {
            batch.rows = std::move(spent.back());
            batch.rows.clear();
        }
    }  // the other spent rows are freed here
    batch.rows.reserve(std::size_t(m_batchRows));
    bool encode = m_encoder != nullptr;
    if (encode && m_readAhead) {
        const std::lock_guard lock(m_queueLock);
        encode = m_ready.size() >= EncodeWhenWaiting;
    }
    try {
        readRows(batch, encode);
    } catch (...) {
        // Handed over in order, after the rows read before it.
        batch.exception = std::current_exception();
        batch.last = true;
    }
    batch.progress = m_source.progress();
    return batch;
}

void MemberRowPipeline::readRows(Batch& batch, bool encode)
{
    while (qsizetype(batch.rows.size()) < m_batchRows) {
        auto more = m_source.next(m_row);
        if (!more) {
            batch.failure = more.error();
            batch.last = true;
            return;
        }
        if (!*more) {
            batch.last = true;
            return;
        }
        if (m_row.row <= m_headerRow)
            continue;
        CheckedMemberRow& checked = batch.rows.emplace_back();
        checked.row = m_row.row;
        checked.result = m_reader.read(m_row);
        if (checked.result.ok()) {
            // One lookup, which adds the number if it is new (rows count from 1: 0 is "new").
            qint64& firstRow = m_seen[idKey(checked.result.member.idNumber)];
            if (firstRow != 0)
                checked.result.errors
                    << QCoreApplication::translate("MemberImporter", "the ID number repeats row %1")
                           .arg(firstRow);
            else
                firstRow = m_row.row;
        }
        if (encode && checked.result.ok() && !checked.result.existing) {
            roster::Member& member = checked.result.member;
            member.id = RecordId::generate();
            checked.result.encoded = m_encoder->encode(member);
        }
        if (!checked.result.ok() || m_keptCells == KeptCells::OfEveryRow)
            checked.cells = texts(m_row);
    }
}

MemberRowPipeline::Batch MemberRowPipeline::takeBatch()
{
    std::unique_lock lock(m_queueLock);
    m_spent.push_back(std::move(m_current.rows));
    m_queueChanged.wait(lock, [this] { return !m_ready.empty(); });
    Batch batch = std::move(m_ready.front());
    m_ready.pop_front();
    lock.unlock();
    m_queueChanged.notify_all();
    return batch;
}

void MemberRowPipeline::work()
{
    for (;;) {
        Batch batch = readBatch();
        const bool last = batch.last;
        {
            std::unique_lock lock(m_queueLock);
            m_queueChanged.wait(lock, [this] { return m_stopping || m_ready.size() < BatchesAhead; });
            if (m_stopping)
                return;
            m_ready.push_back(std::move(batch));
        }
        m_queueChanged.notify_all();
        if (last)
            return;
    }
}

}  // namespace redgrid::importexport
