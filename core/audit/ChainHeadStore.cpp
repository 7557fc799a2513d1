#include "ChainHeadStore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace redgrid::audit {

namespace {

QJsonObject readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // The file is small; anything bigger than this is not ours.
    const QByteArray bytes = file.read(4 << 20);
    return QJsonDocument::fromJson(bytes).object();
}

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

ChainMemory ChainHeadStore::recallMemory(const QString& installationId) const
{
    const QJsonObject known
        = readFile(m_path).value(QLatin1String("heads")).toObject().value(installationId).toObject();
    ChainMemory memory;
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
    return update(installationId, [&](QJsonObject& known) {
        known.remove(QLatin1String("breaks"));
        setHead(known, head);
        return true;
    });
}

Status ChainHeadStore::update(const QString& installationId, const std::function<bool(QJsonObject&)>& change)
{
    if (installationId.isEmpty())
        return Status::success();
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder))
        return Error::inFile(QDir::toNativeSeparators(folder), tr("cannot create the folder"));
    QLockFile lock(m_path + QStringLiteral(".lock"));
    if (!lock.tryLock(5000))
        return Error::inFile(QDir::toNativeSeparators(m_path),
            tr("the file is locked by another program; what this computer knows of the audit log was not "
               "remembered"));

    QJsonObject root = readFile(m_path);
    QJsonObject heads = root.value(QLatin1String("heads")).toObject();
    QJsonObject known = heads.value(installationId).toObject();
    if (!change(known))
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
