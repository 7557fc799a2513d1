#include "MeetingAuditWords.h"

#include "MeetingType.h"
#include "audit/AuditWording.h"
#include "storage/Connection.h"
#include "storage/Statement.h"

#include <QCoreApplication>

namespace redgrid::meetings {

namespace {
class MeetingWords
{
    Q_DECLARE_TR_FUNCTIONS(MeetingWords)
};
}  // namespace

void registerAuditWords()
{
    using audit::AuditWording;
    const QString table = QStringLiteral("meeting");
    // A meeting is named by its type and date: "支部党员大会 2026-03-28".
    AuditWording::addRecords(
        table, [] { return MeetingWords::tr("meeting"); },
        [](storage::Connection& db, const RecordId& id) -> std::optional<QString> {
            auto st = db.cached("SELECT type, other_name, held_on FROM meeting WHERE id = ?");
            st.bind(1, id);
            if (!st.step())
                return std::nullopt;
            const auto type = meetingTypeFromKey(st.text(0));
            const MeetingKind kind { type.value_or(MeetingType::Other), st.text(1) };
            return kind.official() + QLatin1Char(' ') + st.text(2);
        });
    AuditWording::addKey(table, QStringLiteral("held_on"), [] { return MeetingWords::tr("held on"); });
    AuditWording::addKey(
        table, QStringLiteral("attendance"), [] { return MeetingWords::tr("on the attendance sheet"); });
    AuditWording::addKey(table, QStringLiteral("valid"), [] { return MeetingWords::tr("quorum reached"); });
}

}  // namespace redgrid::meetings
