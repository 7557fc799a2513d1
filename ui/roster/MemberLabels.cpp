#include "MemberLabels.h"

#include "importexport/RosterColumns.h"
#include "roster/CodeTable.h"
#include "roster/MemberWords.h"

#include <QJsonObject>
#include <QStringList>

namespace redgrid::ui {

using roster::MemberEvent;
using roster::MemberStatus;

QString MemberLabels::status(MemberStatus status)
{
    return roster::MemberWords::status(status);
}

QString MemberLabels::eventKind(MemberEvent::Kind kind)
{
    return roster::MemberWords::eventKind(kind);
}

QString MemberLabels::eventDetails(
    const MemberEvent& event, const std::function<QString(const QString& orgId)>& orgName)
{
    const QJsonObject& d = event.details;
    const auto text = [&](const char* key) { return d.value(QLatin1String(key)).toString(); };
    QStringList parts;
    switch (event.kind) {
    case MemberEvent::Kind::Created:
        break;
    case MemberEvent::Kind::Changed: {
        // The stored keys, shown as the official item labels (姓名, 手机号 …).
        QStringList fields;
        for (const QString& key : d.value(QStringLiteral("fields")).toObject().keys()) {
            QString label = key;
            for (const auto& info : importexport::rosterFields())
                if (info.key == key)
                    label = info.header;
            if (key == QLatin1String("residence"))
                label = QStringLiteral("现居住楼栋");
            else if (key == QLatin1String("dual_node"))
                label = importexport::fieldInfo(importexport::RosterField::DualCommunity).header;
            fields.append(label);
        }
        if (!fields.isEmpty())
            parts << tr("fields: %1").arg(fields.join(QStringLiteral(", ")));
        if (!text("source").isEmpty())
            parts << tr("from %1").arg(text("source"));
        break;
    }
    case MemberEvent::Kind::Moved:
        parts << tr("from %1 to %2").arg(orgName(text("from")), orgName(text("to")));
        break;
    case MemberEvent::Kind::TransferOut:
        parts << tr("to %1").arg(text("destination"));
        if (!text("letter_valid_until").isEmpty())
            parts << tr("letter valid until %1").arg(text("letter_valid_until"));
        if (!text("dues_paid_to").isEmpty())
            parts << tr("dues paid to %1").arg(text("dues_paid_to"));
        break;
    case MemberEvent::Kind::TransferIn:
        if (!text("from").isEmpty())
            parts << tr("from %1").arg(text("from"));
        parts << tr("into %1").arg(orgName(text("org")));
        break;
    case MemberEvent::Kind::Suspended:
        if (!text("reason").isEmpty())
            parts << text("reason");
        break;
    case MemberEvent::Kind::Restored:
    case MemberEvent::Kind::Deceased:
        break;
    case MemberEvent::Kind::Departed:
        parts << roster::CodeTable::departureKind().labelFor(text("category"));
        break;
    }
    return parts.join(QStringLiteral("; "));
}

QString MemberLabels::date(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

QString MemberLabels::month(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("yyyy-MM")) : QString();
}

QString MemberLabels::yesNo(bool value)
{
    return value ? tr("Yes") : tr("No");
}

}  // namespace redgrid::ui
