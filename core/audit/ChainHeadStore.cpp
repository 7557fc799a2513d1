#include "ChainHeadStore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QMutex>
#include <QSaveFile>
#include <QStandardPaths>

#include <sys/stat.h>

namespace redgrid::audit {

namespace {

constexpr int MaxListed = 50;

QByteArray base64(const QJsonValue& value)
{
    return QByteArray::fromBase64(value.toString().toLatin1());
}

// The head moves; the entries it passed are sealed now and need no remembering.
void setHead(QJsonObject& known, const ChainHead& head)
{
    known.insert(QLatin1String("seq"), head.seq);
    known.insert(QLatin1String("mac"), QString::fromLatin1(head.mac.toBase64()));
    known.insert(QLatin1String("seen_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    QJsonArray pending;
    for (const QJsonValue& value : known.value(QLatin1String("pending")).toArray())
        if (value.toObject().value(QLatin1String("seq")).toInteger() > head.seq)
            pending.append(value);
    known.insert(QLatin1String("pending"), pending);
}

// Which version of the file is on disk: a file replaced by QSaveFile (here or by another
// running RedGrid) is a new inode; a file edited in place or given other permissions has a
// new modification or change time.
struct FileStamp
{
    bool exists = false;
    quint64 inode = 0;
    qint64 size = 0;
    qint64 modifiedNs = 0;
    qint64 changedNs = 0;

    static FileStamp of(const QString& path)
    {
        struct stat status
        {
        };
        if (::stat(QFile::encodeName(path).constData(), &status) != 0)
            return {};
        return { true, quint64(status.st_ino), qint64(status.st_size),
            qint64(status.st_mtim.tv_sec) * 1000000000 + status.st_mtim.tv_nsec,
            qint64(status.st_ctim.tv_sec) * 1000000000 + status.st_ctim.tv_nsec };
    }
    bool operator==(const FileStamp& other) const
    {
        return exists == other.exists && inode == other.inode && size == other.size
            && modifiedNs == other.modifiedNs && changedNs == other.changedNs;
    }
};

// Every audit entry recalls this file (AuditIntegrity::sealable), thousands of times while a
// demo or an import is built: it is parsed again only when it changed on disk.
struct ParsedFile
{
    QString path;
    FileStamp stamp;
    QJsonObject root;
    QString problem;
};

QMutex parsedMutex;
ParsedFile parsed;

}  // namespace

ChainHeadStore::ChainHeadStore()
    : ChainHeadStore(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
{
}

ChainHeadStore::ChainHeadStore(const QString& folder)
    : m_path(QDir(folder).filePath(QLatin1String(FileName)))
{
}

std::optional<ChainHead> ChainHeadStore::recall(const QString& installationId) const
{
    return recallMemory(installationId).head;
}

QJsonObject ChainHeadStore::read(QString* problem) const
{
    const FileStamp stamp = FileStamp::of(m_path);
    if (!stamp.exists)
        return {};
    QMutexLocker locker(&parsedMutex);
    if (parsed.path != m_path || !(parsed.stamp == stamp)) {
        parsed.path = m_path;
        parsed.stamp = stamp;
        parsed.problem.clear();
        parsed.root = parse(&parsed.problem);
    }
    if (problem)
        *problem = parsed.problem;
    return parsed.root;
}

QJsonObject ChainHeadStore::parse(QString* problem) const
{
    QFile file(m_path);
    const QString name = QDir::toNativeSeparators(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (problem)
            *problem = tr("%1 cannot be read: %2").arg(name, file.errorString());
        return {};
    }
    // The file is small; anything bigger than this is not ours.
    const QByteArray bytes = file.read(4 << 20);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()
        || !document.object().value(QLatin1String("heads")).isObject()) {
        if (problem)
            *problem = tr("%1 is not what RedGrid wrote there (damaged or replaced)").arg(name);
        return {};
    }
    return document.object();
}

ChainMemory ChainHeadStore::recallMemory(const QString& installationId) const
{
    QString problem;
    const QJsonObject root = read(&problem);
    const QJsonObject known = root.value(QLatin1String("heads")).toObject().value(installationId).toObject();
    ChainMemory memory;
    const QJsonObject unreadable = root.value(QLatin1String("unreadable")).toObject();
    if (!problem.isEmpty()) {
        memory.problem
            = tr("What this computer remembers of the audit log cannot be used: %1. Entries cut off "
                 "the end of the log cannot be noticed.")
                  .arg(problem);
    } else if (!unreadable.isEmpty()
        && !unreadable.value(QLatin1String("acknowledged")).toArray().contains(installationId)) {
        memory.problem = tr("On %1 what this computer remembered of the audit log was unreadable (%2; set "
                            "aside as %3): entries cut off the end of the log before then cannot be noticed.")
                             .arg(unreadable.value(QLatin1String("found_at")).toString(),
                                 unreadable.value(QLatin1String("reason")).toString(),
                                 unreadable.value(QLatin1String("file")).toString());
    }
    const qint64 seq = known.value(QLatin1String("seq")).toInteger();
    const QByteArray mac = base64(known.value(QLatin1String("mac")));
    if (seq > 0 && !mac.isEmpty())
        memory.head = ChainHead { seq, mac };
    for (const QJsonValue& value : known.value(QLatin1String("pending")).toArray()) {
        const QJsonObject pending = value.toObject();
        memory.pending.append({ pending.value(QLatin1String("seq")).toInteger(),
            base64(pending.value(QLatin1String("digest"))) });
    }
    for (const QJsonValue& value : known.value(QLatin1String("breaks")).toArray()) {
        const QJsonObject found = value.toObject();
        memory.breaks.append({ found.value(QLatin1String("problem")).toString(),
            found.value(QLatin1String("seq")).toInteger(), found.value(QLatin1String("other")).toInteger(),
            found.value(QLatin1String("found_at")).toInteger() });
    }
    return memory;
}

Status ChainHeadStore::remember(const QString& installationId, const ChainHead& head)
{
    if (head.seq <= 0 || head.mac.isEmpty())
        return Status::success();
    return update(installationId, [&](QJsonObject& known) {
        if (head.seq <= known.value(QLatin1String("seq")).toInteger())
            return false;
        setHead(known, head);
        return true;
    });
}

Status ChainHeadStore::rememberPending(const QString& installationId, const PendingEntry& entry)
{
    return update(installationId, [&](QJsonObject& known) {
        QJsonArray pending = known.value(QLatin1String("pending")).toArray();
        pending.append(QJsonObject { { QLatin1String("seq"), entry.seq },
            { QLatin1String("digest"), QString::fromLatin1(entry.digest.toBase64()) } });
        known.insert(QLatin1String("pending"), pending);
        return true;
    });
}

Status ChainHeadStore::rememberBreak(const QString& installationId, const ChainBreak& found)
{
    return update(installationId, [&](QJsonObject& known) {
        QJsonArray breaks = known.value(QLatin1String("breaks")).toArray();
        for (const QJsonValue& value : std::as_const(breaks)) {
            const QJsonObject old = value.toObject();
            if (old.value(QLatin1String("problem")).toString() == found.problem
                && old.value(QLatin1String("seq")).toInteger() == found.seq)
                return false;
        }
        breaks.append(
            QJsonObject { { QLatin1String("problem"), found.problem }, { QLatin1String("seq"), found.seq },
                { QLatin1String("other"), found.otherSeq }, { QLatin1String("found_at"), found.foundAtMs } });
        known.insert(QLatin1String("breaks"), breaks);
        return true;
    });
}

Status ChainHeadStore::acknowledged(const QString& installationId, const ChainHead& head)
{
    return update(
        installationId,
        [&](QJsonObject& known) {
            known.remove(QLatin1String("breaks"));
            setHead(known, head);
            return true;
        },
        true);
}

Status ChainHeadStore::rememberCopy(const QString& installationId, const QString& kind, const QString& file,
    qint64 seq, const QString& copyId)
{
    return update(installationId, [&](QJsonObject& known) {
        QJsonArray copies = known.value(QLatin1String("copies")).toArray();
        copies.append(QJsonObject { { QLatin1String("kind"), kind }, { QLatin1String("file"), file },
            { QLatin1String("seq"), seq }, { QLatin1String("copy_id"), copyId },
            { QLatin1String("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate) } });
        // The newest are enough to explain a copy found later; the file stays small.
        while (copies.size() > MaxListed)
            copies.removeFirst();
        known.insert(QLatin1String("copies"), copies);
        return true;
    });
}

Status ChainHeadStore::rememberRestore(const QString& installationId, const ChainHead& head,
    qint64 replacedSeq, const QString& backupFile, const QString& keptAside)
{
    return update(installationId, [&](QJsonObject& known) {
        QJsonArray restores = known.value(QLatin1String("restores")).toArray();
        restores.append(
            QJsonObject { { QLatin1String("head"), head.seq }, { QLatin1String("replaced"), replacedSeq },
                { QLatin1String("backup"), backupFile }, { QLatin1String("kept_aside"), keptAside },
                { QLatin1String("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate) } });
        while (restores.size() > MaxListed)
            restores.removeFirst();
        known.insert(QLatin1String("restores"), restores);
        setHead(known, head);
        return true;
    });
}

QList<ChainHeadStore::Restore> ChainHeadStore::restores(const QString& installationId) const
{
    QList<Restore> list;
    const QJsonObject known
        = read().value(QLatin1String("heads")).toObject().value(installationId).toObject();
    for (const QJsonValue& value : known.value(QLatin1String("restores")).toArray()) {
        const QJsonObject one = value.toObject();
        list.append({ one.value(QLatin1String("head")).toInteger(),
            one.value(QLatin1String("replaced")).toInteger(), one.value(QLatin1String("backup")).toString(),
            one.value(QLatin1String("kept_aside")).toString(), one.value(QLatin1String("at")).toString() });
    }
    return list;
}

Status ChainHeadStore::update(const QString& installationId, const std::function<bool(QJsonObject&)>& change,
    bool acknowledgeUnreadable)
{
    if (installationId.isEmpty())
        return Status::success();
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder))
        return Error::inFile(QDir::toNativeSeparators(folder), tr("cannot create the folder"));
    const QString lockPath = m_path + QStringLiteral(".lock");
    // A process killed between making the lock file and writing its id into it leaves it
    // empty, which QLockFile takes as held until it is 30 s old: every start meanwhile waited
    // and did not remember the chain. The id follows the file within microseconds, so an
    // empty lock file a second old is such a leftover.
    const QFileInfo lockFile(lockPath);
    if (lockFile.exists() && lockFile.size() == 0
        && lockFile.lastModified().msecsTo(QDateTime::currentDateTime()) > 1000)
        QFile::remove(lockPath);
    QLockFile lock(lockPath);
    if (!lock.tryLock(5000))
        return Error::inFile(QDir::toNativeSeparators(m_path),
            tr("the file is locked by another program; what this computer knows of the audit log was not "
               "remembered"));

    QString problem;
    QJsonObject root = read(&problem);
    if (!problem.isEmpty()) {
        // Not ours, or unreadable: kept for whoever looks into it, never written over.
        const QString aside = m_path + QStringLiteral(".unreadable-")
            + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        if (!QFile::rename(m_path, aside))
            return Error::inFile(QDir::toNativeSeparators(m_path),
                tr("%1; it cannot be set aside, so what this computer knows of the audit log was not "
                   "remembered")
                    .arg(problem));
        root = QJsonObject { { QLatin1String("unreadable"),
            QJsonObject { { QLatin1String("file"), QDir::toNativeSeparators(aside) },
                { QLatin1String("reason"), problem },
                { QLatin1String("found_at"),
                    QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) } } } };
    }
    if (acknowledgeUnreadable && root.contains(QLatin1String("unreadable"))) {
        QJsonObject unreadable = root.value(QLatin1String("unreadable")).toObject();
        QJsonArray acknowledged = unreadable.value(QLatin1String("acknowledged")).toArray();
        if (!acknowledged.contains(installationId))
            acknowledged.append(installationId);
        unreadable.insert(QLatin1String("acknowledged"), acknowledged);
        root.insert(QLatin1String("unreadable"), unreadable);
    }
    QJsonObject heads = root.value(QLatin1String("heads")).toObject();
    QJsonObject known = heads.value(installationId).toObject();
    if (!change(known) && problem.isEmpty() && !acknowledgeUnreadable)
        return Status::success();
    heads.insert(installationId, known);
    root.insert(QLatin1String("version"), 2);
    root.insert(QLatin1String("heads"), heads);

    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::inFile(
            QDir::toNativeSeparators(m_path), tr("cannot write the file: %1").arg(file.errorString()));
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Error::inFile(
            QDir::toNativeSeparators(m_path), tr("cannot write the file: %1").arg(file.errorString()));
    return Status::success();
}

}  // namespace redgrid::audit
