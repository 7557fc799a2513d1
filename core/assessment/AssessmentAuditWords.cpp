#include "AssessmentAuditWords.h"

#include "audit/AuditWording.h"
#include "storage/Connection.h"
#include "storage/Statement.h"

namespace redgrid::assessment {

namespace {

class AssessmentWords
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentWords)
};

// "塔坪社区 2026Q3": the target and the quarter of a sheet, or of the sheet a rectification is on.
std::optional<QString> sheetName(storage::Connection& db, const RecordId& sheetId)
{
    auto st
        = db.cached("SELECT coalesce(n.name, o.name), s.period FROM assessment_sheet s "
                    "LEFT JOIN hierarchy_node n ON n.id = s.node_id LEFT JOIN party_org o ON o.id = s.org_id "
                    "WHERE s.id = ?");
    st.bindAll(sheetId);
    if (!st.step())
        return std::nullopt;
    return st.text(0) + QLatin1Char(' ') + st.text(1);
}

}  // namespace

void registerAuditWords()
{
    using audit::AuditWording;
    AuditWording::addRecords(
        QStringLiteral("assessment_template"), [] { return AssessmentWords::tr("assessment template"); },
        "name");
    AuditWording::addRecords(
        QStringLiteral("assessment_sheet"), [] { return AssessmentWords::tr("score sheet"); },
        [](storage::Connection& db, const RecordId& id) { return sheetName(db, id); });
    AuditWording::addRecords(
        QStringLiteral("assessment_rectification"), [] { return AssessmentWords::tr("rectification"); },
        [](storage::Connection& db, const RecordId& id) -> std::optional<QString> {
            const RecordId sheet = [&] {
                auto st = db.cached("SELECT sheet_id FROM assessment_rectification WHERE id = ?");
                st.bindAll(id);
                return st.step() ? st.id(0) : RecordId();
            }();
            return sheet.isNull() ? std::nullopt : sheetName(db, sheet);
        });
    const QString sheets = QStringLiteral("assessment_sheet");
    AuditWording::addKey(sheets, QStringLiteral("period"), [] { return AssessmentWords::tr("period"); });
    AuditWording::addKey(sheets, QStringLiteral("side"), [] { return AssessmentWords::tr("side"); });
    AuditWording::addKey(sheets, QStringLiteral("total"), [] { return AssessmentWords::tr("total"); });
    AuditWording::addKey(sheets, QStringLiteral("from"), [] { return AssessmentWords::tr("from state"); });
    AuditWording::addKey(sheets, QStringLiteral("to"), [] { return AssessmentWords::tr("to state"); });
    AuditWording::addKey(sheets, QStringLiteral("reason"), [] { return AssessmentWords::tr("reason"); });
    AuditWording::addKey(
        sheets, QStringLiteral("sheets"), [] { return AssessmentWords::tr("sheets loaded"); });
    const QString templates = QStringLiteral("assessment_template");
    AuditWording::addKey(templates, QStringLiteral("version"), [] { return AssessmentWords::tr("version"); });
    AuditWording::addKey(
        templates, QStringLiteral("in_use"), [] { return AssessmentWords::tr("in use for new sheets"); });
    const QString rectifications = QStringLiteral("assessment_rectification");
    AuditWording::addKey(
        rectifications, QStringLiteral("indicator"), [] { return AssessmentWords::tr("indicator"); });
    AuditWording::addKey(
        rectifications, QStringLiteral("deadline"), [] { return AssessmentWords::tr("deadline"); });
    AuditWording::addKey(
        rectifications, QStringLiteral("closed_on"), [] { return AssessmentWords::tr("closed on"); });
}

}  // namespace redgrid::assessment
