#include "ChainHeadStore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
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
    const QJsonObject head
        = readFile(m_path).value(QLatin1String("heads")).toObject().value(installationId).toObject();
    const qint64 seq = head.value(QLatin1String("seq")).toInteger();
    const QByteArray mac = QByteArray::fromBase64(head.value(QLatin1String("mac")).toString().toLatin1());
    if (seq <= 0 || mac.isEmpty())
        return std::nullopt;
    return ChainHead { seq, mac };
}

Status ChainHeadStore::remember(const QString& installationId, const ChainHead& head)
{
    if (installationId.isEmpty() || head.seq <= 0 || head.mac.isEmpty())
        return Status::success();
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder))
        return Error::inFile(QDir::toNativeSeparators(folder), tr("cannot create the folder"));
    QLockFile lock(m_path + QStringLiteral(".lock"));
    if (!lock.tryLock(5000))
        return Error::inFile(QDir::toNativeSeparators(m_path),
            tr("the file is locked by another program; the newest audit entry was not remembered"));

    QJsonObject root = readFile(m_path);
    QJsonObject heads = root.value(QLatin1String("heads")).toObject();
    const qint64 known = heads.value(installationId).toObject().value(QLatin1String("seq")).toInteger();
    if (head.seq <= known)
        return Status::success();
    heads.insert(installationId,
        QJsonObject { { QLatin1String("seq"), head.seq },
            { QLatin1String("mac"), QString::fromLatin1(head.mac.toBase64()) },
            { QLatin1String("seen_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate) } });
    root.insert(QLatin1String("version"), 1);
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
