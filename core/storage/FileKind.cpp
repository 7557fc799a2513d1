#include "FileKind.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace redgrid::storage {

namespace {

enum class Kind { Missing, Regular, Folder, Fifo, Device, Socket, Other };

Kind kindOf(const QString& path)
{
#ifdef Q_OS_UNIX
    struct stat status
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return Kind::Missing;  // also a dangling link: the file will be made where it points
    if (S_ISREG(status.st_mode))
        return Kind::Regular;
    if (S_ISDIR(status.st_mode))
        return Kind::Folder;
    if (S_ISFIFO(status.st_mode))
        return Kind::Fifo;
    if (S_ISCHR(status.st_mode) || S_ISBLK(status.st_mode))
        return Kind::Device;
    if (S_ISSOCK(status.st_mode))
        return Kind::Socket;
    return Kind::Other;
#else
    const QFileInfo info(path);
    if (!info.exists())
        return Kind::Missing;
    if (info.isDir())
        return Kind::Folder;
    return info.isFile() ? Kind::Regular : Kind::Other;
#endif
}

Error refusal(const QString& path, const QString& reason)
{
    return Error::inFile(QDir::toNativeSeparators(path), reason);
}

Status check(const QString& path, bool mayBeMissing)
{
    if (FileKind::isMangledName(path))
        return refusal(path,
            FileKind::tr("the file name is not in UTF-8 (perhaps GBK, from a Windows computer or a USB "
                         "stick), and RedGrid cannot name such a file correctly; rename the file, or copy "
                         "it under a new name, and try again"));
    switch (kindOf(path)) {
    case Kind::Regular:
        return Status::success();
    case Kind::Missing:
        return mayBeMissing ? Status::success() : refusal(path, FileKind::tr("the file does not exist"));
    case Kind::Folder:
        return refusal(path, FileKind::tr("this is a folder, not a file"));
    case Kind::Fifo:
        return refusal(path, FileKind::tr("this is a named pipe (FIFO), not a file"));
    case Kind::Device:
        return refusal(path, FileKind::tr("this is a device, not a file"));
    case Kind::Socket:
        return refusal(path, FileKind::tr("this is a socket, not a file"));
    case Kind::Other:
        break;
    }
    return refusal(path, FileKind::tr("this is not a regular file"));
}

}  // namespace

Status FileKind::input(const QString& path)
{
    return check(path, false);
}

Status FileKind::output(const QString& path)
{
    return check(path, true);
}

bool FileKind::isMangledName(const QString& path)
{
    return path.contains(QChar::ReplacementCharacter);
}

}  // namespace redgrid::storage
