#include "OutputPath.h"

#include "FileKind.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace redgrid::storage {

namespace {

// The files of every database open in this process, by absolute path, with how many
// connections have each open.
struct OpenDatabases
{
    QMutex mutex;
    QHash<QString, int> paths;
};

OpenDatabases& openDatabases()
{
    static OpenDatabases registry;
    return registry;
}

bool isFile(const QString& path)
{
    return !path.isEmpty() && path != QLatin1String(":memory:") && !path.startsWith(QLatin1String("file:"));
}

// The path `path` writes to: an existing file (or a link to one) by its real path; a new
// file by its folder's real path and its name. A link to a file not there yet is followed.
QString realPath(const QString& path, int linksLeft = 8)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    if (info.isSymLink() && linksLeft > 0)
        return realPath(info.symLinkTarget(), linksLeft - 1);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return (folder.isEmpty() ? QDir::cleanPath(info.absolutePath()) : folder) + QLatin1Char('/')
        + info.fileName();
}

bool samePath(const QString& a, const QString& b)
{
#ifdef Q_OS_WIN
    return a.compare(b, Qt::CaseInsensitive) == 0;
#else
    return a == b;
#endif
}

// Two names of one file: a hard link is not seen by comparing paths.
bool sameFile(const QString& a, const QString& b)
{
#ifdef Q_OS_UNIX
    struct stat first
    {
    };
    struct stat second
    {
    };
    if (::stat(QFile::encodeName(a).constData(), &first) != 0
        || ::stat(QFile::encodeName(b).constData(), &second) != 0)
        return false;
    return first.st_dev == second.st_dev && first.st_ino == second.st_ino;
#else
    Q_UNUSED(a);
    Q_UNUSED(b);
    return false;
#endif
}

bool names(const QString& output, const QString& outputReal, const QString& protectedPath)
{
    return samePath(outputReal, realPath(protectedPath)) || sameFile(output, protectedPath);
}

}  // namespace

Status OutputPath::check(const QString& output, const QStringList& inputs)
{
    const QString shown = QDir::toNativeSeparators(output);
    if (output.trimmed().isEmpty())
        return Error::plain(tr("no output file was named"));
    if (Status regular = FileKind::output(output); !regular)
        return regular;
    const QString outputReal = realPath(output);

    for (const QString& input : inputs) {
        if (isFile(input) && names(output, outputReal, input))
            return Error::inFile(shown,
                tr("this is the file being read (%1); writing here would replace it: choose another file")
                    .arg(QDir::toNativeSeparators(input)));
    }

    QStringList databases;
    {
        QMutexLocker lock(&openDatabases().mutex);
        databases = openDatabases().paths.keys();
    }
    for (const QString& database : std::as_const(databases)) {
        if (names(output, outputReal, database))
            return Error::inFile(
                shown, tr("this is the open database; writing here would destroy it: choose another file"));
        // SQLite names its journals after the path it was given, and after the real file
        // when that path is a link: both are protected.
        for (const QString& base : { database, realPath(database) }) {
            for (const char* suffix : { "-wal", "-shm", "-journal" }) {
                const QString journal = base + QLatin1String(suffix);
                if (names(output, outputReal, journal))
                    return Error::inFile(shown,
                        tr("this is a journal file of the open database (%1); writing here would damage "
                           "the database: choose another file")
                            .arg(QDir::toNativeSeparators(database)));
            }
        }
    }
    return Status::success();
}

void OutputPath::databaseOpened(const QString& path)
{
    if (!isFile(path))
        return;
    QMutexLocker lock(&openDatabases().mutex);
    ++openDatabases().paths[QFileInfo(path).absoluteFilePath()];
}

void OutputPath::databaseClosed(const QString& path)
{
    if (!isFile(path))
        return;
    QMutexLocker lock(&openDatabases().mutex);
    auto& paths = openDatabases().paths;
    const auto it = paths.find(QFileInfo(path).absoluteFilePath());
    if (it != paths.end() && --it.value() <= 0)
        paths.erase(it);
}

}  // namespace redgrid::storage
