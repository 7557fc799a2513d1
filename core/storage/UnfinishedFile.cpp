#include "UnfinishedFile.h"

#include "UnfinishedFileRegistry.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

#include <filesystem>
#include <system_error>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace redgrid::storage {

namespace {

const QLatin1String RandomSuffix(".part");
constexpr int RandomLength = 6;

// SQLite's files beside a database of that name, when SQLite wrote one there.
const char* const Companions[] = { "-wal", "-shm", "-journal" };

bool removeWithCompanions(const QString& path)
{
    const QFileInfo info(path);
    if (info.isDir() && !info.isSymLink())
        return QDir(path).removeRecursively();
    const bool removed = QFile::remove(path);
    for (const char* suffix : Companions)
        QFile::remove(path + QLatin1String(suffix));
    return removed;
}

QString randomPart()
{
    static const char letters[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString part;
    for (int i = 0; i < RandomLength; ++i)
        part.append(QLatin1Char(letters[QRandomGenerator::global()->bounded(int(sizeof letters) - 1)]));
    return part;
}

// Creates `path`, which must not exist, empty and readable by its owner alone. Returns
// the reason it could not, or an empty string.
QString createPrivate(const QString& path, bool folder, bool* exists)
{
    *exists = false;
#ifdef Q_OS_UNIX
    if (folder) {
        if (::mkdir(QFile::encodeName(path).constData(), 0700) == 0)
            return {};
        *exists = errno == EEXIST;
        return QString::fromLocal8Bit(std::strerror(errno));
    }
    const int fd = ::open(QFile::encodeName(path).constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0) {
        *exists = errno == EEXIST;
        return QString::fromLocal8Bit(std::strerror(errno));
    }
    ::close(fd);
    return {};
#else
    if (folder) {
        *exists = QFileInfo::exists(path);
        return !*exists && QDir().mkdir(path) ? QString() : UnfinishedFile::tr("the folder cannot be made");
    }
    QFile file(path);
    if (!file.open(QIODevice::NewOnly | QIODevice::WriteOnly, QFile::ReadOwner | QFile::WriteOwner)) {
        *exists = QFile::exists(path);
        return file.errorString();
    }
    return {};
#endif
}

// Waits until the file's bytes are on the disk: a power cut after the rename must not
// leave a target of the right name and no content.
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

Error folderError(const QString& target, const QString& reason)
{
    return Error::inFile(QDir::toNativeSeparators(target),
        UnfinishedFile::tr("cannot write in the folder “%1”: %2")
            .arg(QDir::toNativeSeparators(QFileInfo(target).absolutePath()), reason));
}

}  // namespace

// A file that remembers a write the disk refused.
class UnfinishedFile::CheckedFile : public QFile
{
public:
    using QFile::QFile;
    bool writeFailed() const { return m_writeFailed; }

protected:
    qint64 writeData(const char* data, qint64 length) override
    {
        const qint64 written = QFile::writeData(data, length);
        if (written != length)
            m_writeFailed = true;
        return written;
    }

private:
    bool m_writeFailed = false;
};

UnfinishedFile::UnfinishedFile(QString target, QString path, QString entry)
    : m_target(std::move(target))
    , m_path(std::move(path))
    , m_entry(std::move(entry))
    , m_device(std::make_unique<CheckedFile>(m_path))
{
}

UnfinishedFile::~UnfinishedFile()
{
    discard();
}

Result<std::unique_ptr<UnfinishedFile>> UnfinishedFile::make(
    const QString& target, const QString& path, bool folder)
{
    // Noted before it exists: a kill between the two leaves an entry and no file, never a
    // file that nobody knows of.
    const QString entry = UnfinishedFileRegistry::record(path);
    bool exists = false;
    const QString reason = createPrivate(path, folder, &exists);
    if (reason.isEmpty()) {
        auto made = std::unique_ptr<UnfinishedFile>(new UnfinishedFile(target, path, entry));
        made->m_folder = folder;
        return made;
    }
    UnfinishedFileRegistry::forget(entry);
    if (exists)
        return Error::inFile(QDir::toNativeSeparators(target), QString());  // the caller tries another name
    return folderError(target, reason);
}

Result<std::unique_ptr<UnfinishedFile>> UnfinishedFile::create(const QString& target)
{
    return makeHidden(target, false);
}

Result<std::unique_ptr<UnfinishedFile>> UnfinishedFile::createFolder(const QString& target)
{
    return makeHidden(target, true);
}

Result<std::unique_ptr<UnfinishedFile>> UnfinishedFile::makeHidden(const QString& target, bool folder)
{
    const QFileInfo info(target);
    const QString stem = info.absolutePath() + QStringLiteral("/.") + info.fileName() + QLatin1Char('.');
    for (int attempt = 0; attempt < 100; ++attempt) {
        auto made = make(target, stem + randomPart() + RandomSuffix, folder);
        if (made || !made.error().message.isEmpty())
            return made;
    }
    return folderError(target, tr("no free name for a temporary file"));
}

Result<std::unique_ptr<UnfinishedFile>> UnfinishedFile::createNamed(
    const QString& target, const QString& suffix)
{
    const QString path = target + suffix;
    // Left by a process that was killed: its registry entry may not be swept yet.
    removeWithCompanions(path);
    auto made = make(target, path, false);
    if (!made && made.error().message.isEmpty())
        return folderError(target, tr("the file “%1” is in the way").arg(QDir::toNativeSeparators(path)));
    return made;
}

QFile& UnfinishedFile::device()
{
    if (!m_device->isOpen() && !m_done)
        m_device->open(QIODevice::ReadWrite | QIODevice::Unbuffered);
    return *m_device;
}

Status UnfinishedFile::commit()
{
    const QString shown = QDir::toNativeSeparators(m_target);
    if (m_done || m_folder)
        return Error::inFile(shown, tr("the file was already saved or discarded"));
    if (m_device->writeFailed())
        return Error::inFile(shown,
            tr("the file could not be written completely (is the disk full or failing?): %1")
                .arg(m_device->errorString()));
    if (m_device->isOpen()) {
        if (!m_device->flush() || m_device->error() != QFileDevice::NoError)
            return Error::inFile(shown, tr("the file could not be written: %1").arg(m_device->errorString()));
        m_device->close();
    }
    if (!syncToDisk(m_path))
        return Error::inFile(shown, tr("the file could not be written to the disk"));
    // The unfinished file was private; the target gets the old file's permissions, or
    // those of a newly saved document.
    const QFile::Permissions permissions = QFile::exists(m_target) ? QFile::permissions(m_target)
                                                                   : QFile::ReadOwner | QFile::WriteOwner
            | QFile::ReadUser | QFile::WriteUser | QFile::ReadGroup | QFile::ReadOther;
    QFile::setPermissions(m_path, permissions);
    // rename() replaces the target in one step (MoveFileEx with REPLACE_EXISTING on Windows).
    std::error_code renamed;
    std::filesystem::rename(std::filesystem::path(m_path.toStdU16String()),
        std::filesystem::path(m_target.toStdU16String()), renamed);
    if (renamed)
        return Error::inFile(shown,
            tr("cannot replace the file: %1; if it is open in Excel or WPS, close it and try again")
                .arg(QString::fromLocal8Bit(renamed.message())));
    m_done = true;
    UnfinishedFileRegistry::forget(m_entry);
    return Status::success();
}

void UnfinishedFile::discard()
{
    if (m_done)
        return;
    m_done = true;
    m_device->close();
    removeWithCompanions(m_path);
    UnfinishedFileRegistry::forget(m_entry);
}

bool UnfinishedFile::removeLeftover(const QString& path)
{
    return removeWithCompanions(path);
}

bool UnfinishedFile::isUnfinishedName(const QString& fileName)
{
    return (fileName.startsWith(QLatin1Char('.')) && fileName.endsWith(RandomSuffix))
        || fileName.endsWith(QLatin1String(".creating"));
}

}  // namespace redgrid::storage
