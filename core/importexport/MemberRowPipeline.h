#pragma once

#include "MemberRowReader.h"
#include "common/Result.h"
#include "format/SpreadsheetSource.h"

#include <QHash>

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace redgrid::importexport {

// One data row of a roster, checked: ready to write, or rejected with its reasons.
struct CheckedMemberRow
{
    qint64 row = 0;  // the row number the spreadsheet shows
    MemberRowResult result;
    QStringList cells;  // the row as written (by default only when it is rejected)
};

// The data rows of a roster in file order, each through MemberRowReader, and then the
// repeat check: a valid row whose ID number an earlier valid row had is rejected ("the ID
// number repeats row 5").
//
// ReadAhead::OnWorkerThread reads and checks the rows on a second thread, a few batches
// ahead of the caller, who meanwhile writes the rows before them: with a second core free
// (PCs have two or more), reading and checking cost a first import no time of its own.
// The reader then shares the database connection with the caller (it looks up
// organisations by name), so both use it only while holding connectionLock().
// Only a reader that looks up no members reads ahead (a first import, into an empty
// roster): a row is then checked against the same database whether the rows before it
// are written yet or not. A re-import checks each row after the writes before it.
class MemberRowPipeline
{
public:
    enum class ReadAhead { No, OnWorkerThread };
    // An import needs the cells of rejected rows only; keeping all would cost an
    // allocation per cell, where the CSV reader otherwise refills its strings in place.
    enum class KeptCells { OfRejectedRows, OfEveryRow };

    // `source`, `reader` and `encoder` must outlive the pipeline. With an encoder, valid new
    // members get their id and are encoded on the reading thread (MemberRowResult::encoded)
    // when it is ahead of the caller; the caller encodes the others as it writes them.
    MemberRowPipeline(format::RowSource& source, qint64 headerRow, MemberRowReader& reader,
        ReadAhead readAhead, KeptCells keptCells = KeptCells::OfRejectedRows,
        roster::MemberEncoder* encoder = nullptr);
    ~MemberRowPipeline();  // stops the worker thread
    MemberRowPipeline(const MemberRowPipeline&) = delete;
    MemberRowPipeline& operator=(const MemberRowPipeline&) = delete;

    // true: `row` holds the next data row (what it held before is taken back); false: there
    // are no more. An Error (with file and row) when the file turns out to be damaged part
    // way, after the rows before the damage. A database error of the reader is thrown
    // here, in the caller's thread.
    Result<bool> next(CheckedMemberRow& row);

    // The share of the file read so far (0..1), for a progress bar.
    double progress() const { return m_progress; }

    std::mutex& connectionLock() { return m_connectionLock; }

private:
    // Rows read together: handing rows to the other thread one by one would cost more
    // than checking them.
    struct Batch
    {
        std::vector<CheckedMemberRow> rows;
        double progress = 0;
        // What ended the rows, if anything: damage in the file, or an exception of the reader.
        std::optional<Error> failure;
        std::exception_ptr exception;
        bool last = false;  // nothing comes after this batch
    };

    Batch readBatch();
    void readRows(Batch& batch, bool encode);
    Batch takeBatch();
    void work();  // the worker thread

    format::RowSource& m_source;
    const qint64 m_headerRow;
    MemberRowReader& m_reader;
    const bool m_readAhead;
    const qsizetype m_batchRows;
    const KeptCells m_keptCells;
    roster::MemberEncoder* const m_encoder;
    format::SheetRow m_row;  // reused: the CSV reader refills its strings in place
    QHash<qint64, qint64> m_seen;  // ID number key → the row it was first seen on

    Batch m_current;  // what next() hands out
    std::size_t m_nextInCurrent = 0;
    double m_progress = 0;

    std::mutex m_connectionLock;

    // Between the worker and the caller.
    std::mutex m_queueLock;
    std::condition_variable m_queueChanged;
    std::deque<Batch> m_ready;
    // Rows the caller is done with go back to the worker, which frees them: memory is best
    // freed by the thread that allocated it (a free from another thread contends for the
    // allocator's lock), and their vectors are reused.
    std::vector<std::vector<CheckedMemberRow>> m_spent;
    bool m_stopping = false;
    std::thread m_worker;
};

}  // namespace redgrid::importexport
