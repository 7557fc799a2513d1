#pragma once

#include "Connection.h"
#include "Migration.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace redgrid::storage {

// What the 100-byte SQLite header of a file says, read without letting SQLite touch it.
struct FileHeader
{
    bool isSqlite = false;
    quint32 applicationId = 0;
    int userVersion = 0;
};

// Opening and creating RedGrid database files: one SQLite file per office.
// A file is opened only when it is a RedGrid database this program understands and can
// write; anything else is refused with a message and left byte-for-byte unchanged.
class DatabaseFile
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseFile)

public:
    static constexpr quint32 ApplicationId = 0x52656447;  // "RedG", in PRAGMA application_id
    static constexpr int BusyTimeoutMs = 5000;
    // Pages of new files. 16 KiB rather than SQLite's 4 KiB: a roster row is ~350 bytes, and
    // a first import of a million members writes and sorts a quarter as many pages (measured
    // about a tenth less time in SQLite). Files made with 4 KiB pages keep them.
    static constexpr int PageSize = 16384;

    // Opens an existing RedGrid file and migrates it to the latest schema, in one transaction.
    // Nobody is signed in on the connection yet (security::SignIn). `upgrade` carries what a
    // migration needs that the file does not hold; a migration that refuses what it was given
    // (Migration::refusal) leaves the file untouched and its reason becomes the error.
    // (security::SecuredFile opens a file from before accounts with its first administrator.)
    // A file that fails the check on open (FileIntegrity::onOpen) or whose pages SQLite finds
    // damaged is opened read-only instead: Connection::damage() says what was found and
    // Connection::writesRefused() why nothing is written; the caller tells the user.
    static Result<std::unique_ptr<Connection>> open(const QString& path, const Upgrade& upgrade = {});

    // Creates a new file at `path` (which must not exist) with the latest schema, lets
    // `populate` fill it inside the same transaction, and opens it. The file is written under
    // a temporary name and renamed at the end: it is complete or absent.
    // (security::SecuredFile::create names its first administrator, who is signed in.)
    using Populate = std::function<Status(Connection&)>;
    static Result<std::unique_ptr<Connection>> create(
        const QString& path, const Populate& populate, const Upgrade& upgrade = {});

    // Another connection to a database this program has open through `checked` (work on a
    // worker thread, the unlock after an idle lock): not checked again, and read-only with the
    // same reason when `checked` refuses writes (a damaged file is never written to).
    static Result<std::unique_ptr<Connection>> openAnother(const Connection& checked);

    // A second, read-only connection to a database this program has open, for work on
    // another thread (counting, copying). Throws SqliteError if it cannot be opened.
    static std::unique_ptr<Connection> openReader(const QString& path);

    static std::optional<FileHeader> readHeader(const QString& path);

    // The PRAGMAs every RedGrid connection runs with.
    static void configure(Connection& connection);

private:
    // Refuses what is not ours, before any write. Returns the reason, or nothing if fine.
    static std::optional<QString> identityProblem(quint32 applicationId, int userVersion);
    static Result<std::unique_ptr<Connection>> openDamaged(const QString& path, const QStringList& damage);
    static Result<std::unique_ptr<Connection>> openOnFullDisk(const QString& path);
    // A file RedGrid may not write to, opened for reading only; `reason` is said to whoever
    // tries to write, `cause` begins the error when even that fails. It is read as it is
    // (immutable) unless its log holds changes, which then need a -shm beside the file: where
    // none can be made (`besideWritable` false: a read-only folder or disk, a full disk) the
    // file is refused.
    static Result<std::unique_ptr<Connection>> openForReading(
        const QString& path, const QString& cause, const QString& reason, bool besideWritable);
    enum class Check { OnOpen, Skip };
    static Result<std::unique_ptr<Connection>> openFile(
        const QString& path, const Upgrade& upgrade, Check check);
};

}  // namespace redgrid::storage
