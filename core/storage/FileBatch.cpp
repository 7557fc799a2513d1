#include "FileBatch.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <filesystem>
#include <system_error>
#include <utility>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace redgrid::storage {

namespace {

// In the batch's private folder once every file is written: its files are to be moved.
const QLatin1String CompleteMark(".complete");

// Waits until `path` (a file, or a folder and the names in it) is on the disk.
bool syncToDisk(const QString& path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
#else
    Q_UNUSED(path);
    return true;
#endif
}

std::error_code move(const QString& from, const QString& to)
{
    std::error_code moved;
    std::filesystem::rename(
        std::filesystem::path(from.toStdU16String()), std::filesystem::path(to.toStdU16String()), moved);
    return moved;
}

}  // namespace

FileBatch::FileBatch(QString folder, std::unique_ptr<UnfinishedFile> scratch)
    : m_folder(std::move(folder))
    , m_scratch(std::move(scratch))
{
}

FileBatch::~FileBatch() = default;

Result<std::unique_ptr<FileBatch>> FileBatch::create(const QString& folder)
{
    auto scratch = UnfinishedFile::createFolder(QDir(folder).filePath(QStringLiteral("batch")));
    if (!scratch) {
        Error error = scratch.error();
        error.file = QDir::toNativeSeparators(folder);  // not the private folder's name
        return error;
    }
    return std::unique_ptr<FileBatch>(new FileBatch(folder, std::move(scratch).value()));
}

QString FileBatch::pathFor(const QString& name) const
{
    return QDir(m_scratch->path()).filePath(name);
}

Error FileBatch::inFolder(Error error) const
{
    for (const auto& [aside, folder] : { std::pair(m_scratch->path(), m_folder),
             std::pair(QDir::toNativeSeparators(m_scratch->path()), QDir::toNativeSeparators(m_folder)) }) {
        error.file.replace(aside, folder);
        error.message.replace(aside, folder);
    }
    return error;
}

Result<QStringList> FileBatch::commit(const QStringList& names)
{
    for (const QString& name : names) {
        if (!QFileInfo(pathFor(name)).isFile())
            return Error::inFile(QDir::toNativeSeparators(QDir(m_folder).filePath(name)),
                tr("the file of the batch was not written"));
    }
    // The mark, on the disk before the first move: from here on the sweep finishes the batch.
    QFile mark(pathFor(CompleteMark));
    if (!mark.open(QIODevice::WriteOnly) || mark.write("RedGrid\n") != 8 || !mark.flush())
        return Error::inFile(QDir::toNativeSeparators(m_folder),
            tr("the batch could not be written: %1").arg(mark.errorString()));
    mark.close();
    if (!syncToDisk(mark.fileName()) || !syncToDisk(m_scratch->path()))
        return Error::inFile(
            QDir::toNativeSeparators(m_folder), tr("the batch could not be written to the disk"));

    QStringList placed;
    for (const QString& name : names) {
        const QString target = QDir(m_folder).filePath(name);
        if (const std::error_code moved = move(pathFor(name), target)) {
            // Not the whole batch: none of it (the files it replaced are gone, as a batch
            // that failed has always left them).
            for (const QString& file : std::as_const(placed))
                QFile::remove(file);
            QFile::remove(mark.fileName());
            return Error::inFile(QDir::toNativeSeparators(target),
                tr("cannot replace the file: %1; if it is open in Excel or WPS, close it and try again")
                    .arg(QString::fromLocal8Bit(moved.message())));
        }
        placed.append(target);
    }
    syncToDisk(m_folder);
    m_scratch->discard();
    return placed;
}

bool FileBatch::finishLeftover(const QString& path)
{
    const QDir scratch(path);
    if (!QFileInfo(path).isDir() || QFileInfo(path).isSymLink() || !scratch.exists(CompleteMark))
        return false;
    const QString folder = QFileInfo(path).absolutePath();
    // The batch's own files: what a writer had not finished is hidden, and stays to be removed.
    for (const QString& name : scratch.entryList(QDir::Files))
        move(scratch.filePath(name), QDir(folder).filePath(name));
    syncToDisk(folder);
    return true;
}

}  // namespace redgrid::storage
