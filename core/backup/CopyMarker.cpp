#include "CopyMarker.h"

#include "settings/SettingStore.h"

namespace redgrid::backup {

namespace {

const QString KindKey = QStringLiteral("copy.kind");
const QString OfKey = QStringLiteral("copy.of");
const QString SourceKey = QStringLiteral("copy.source");
const QString MadeAtKey = QStringLiteral("copy.made_at");
const QString SeqKey = QStringLiteral("copy.seq");
const QString MembersKey = QStringLiteral("copy.members");
const QString OrganisationsKey = QStringLiteral("copy.organisations");

}  // namespace

QString CopyMarker::kindKey(Kind kind)
{
    return kind == Kind::Backup ? QStringLiteral("backup") : QStringLiteral("copy");
}

void CopyMarker::writeTo(storage::Connection& copy) const
{
    settings::SettingStore store(copy);
    store.setValue(KindKey, kindKey(kind));
    store.setValue(OfKey, sourceInstallationId);
    store.setValue(SourceKey, sourceName);
    store.setValue(MadeAtKey, QString::number(madeAt.toMSecsSinceEpoch()));
    store.setValue(SeqKey, QString::number(sourceSeq));
    store.setValue(MembersKey, QString::number(members));
    store.setValue(OrganisationsKey, QString::number(organisations));
}

std::optional<CopyMarker> CopyMarker::readFrom(storage::Connection& connection)
{
    settings::SettingStore store(connection);
    const auto kind = store.value(KindKey);
    const auto of = store.value(OfKey);
    if (!kind || !of)
        return std::nullopt;
    CopyMarker marker;
    marker.kind = *kind == kindKey(Kind::Copy) ? Kind::Copy : Kind::Backup;
    marker.sourceInstallationId = *of;
    marker.sourceName = store.value(SourceKey, QString());
    marker.madeAt = QDateTime::fromMSecsSinceEpoch(store.value(MadeAtKey, QStringLiteral("0")).toLongLong());
    marker.sourceSeq = store.value(SeqKey, QStringLiteral("0")).toLongLong();
    marker.members = store.value(MembersKey, QStringLiteral("0")).toLongLong();
    marker.organisations = store.value(OrganisationsKey, QStringLiteral("0")).toLongLong();
    return marker;
}

void CopyMarker::removeFrom(storage::Connection& connection)
{
    settings::SettingStore store(connection);
    for (const QString& key : { KindKey, OfKey, SourceKey, MadeAtKey, SeqKey, MembersKey, OrganisationsKey })
        store.remove(key);
}

}  // namespace redgrid::backup
